"""The benchmark programs and their sizes.

A program is bench/programs/NAME.py with a C twin bench/c/NAME.c and, where
Numba can run the same kernel, bench/numba/NAME.py. Its size is the
module-level line `N = <int>` (the standard size); a header comment
`# bench: quick N=<int>` gives the small size used by `--quick`. The harness
runs a copy of each Python file with that one line rewritten, and compiles
the C twin with `-DN=<int>`. A header `# bench: pending (needs ...)` says the
program needs a language feature Pyrite does not have yet: Pyrite's rejection
is then reported as pending, not as a failure (acceptance is still tried on
every run, so the program counts as soon as Pyrite compiles it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SIZE_LINE = re.compile(r"^N = (\d+)$", re.MULTILINE)
QUICK = re.compile(r"^# bench: quick N=(\d+)$", re.MULTILINE)
PENDING = re.compile(r"^# bench: pending(?: \((.*)\))?$", re.MULTILINE)


class SuiteError(Exception):
    """A benchmark suite that is not laid out as described above."""


@dataclass(frozen=True)
class Program:
    name: str
    source: Path
    c_twin: Path
    numba_twin: Path | None
    standard: int
    quick: int
    pending: str | None  # what it needs, when marked pending

    def size(self, quick: bool) -> int:
        return self.quick if quick else self.standard


def find_suite(explicit: str | None = None) -> Path:
    """The bench/ directory: the one given, else the checkout Pyrite runs from, else ./bench."""
    candidates = [Path(explicit)] if explicit else [
        Path(__file__).resolve().parents[3] / "bench", Path.cwd() / "bench"]
    for candidate in candidates:
        if (candidate / "programs").is_dir():
            return candidate
    where = explicit or " or ".join(str(c) for c in candidates)
    raise SuiteError(f"no benchmark suite (a programs/ folder) at {where}; pass --suite DIR")


def load_suite(suite: Path) -> list[Program]:
    programs = [load_program(suite, path) for path in sorted((suite / "programs").glob("*.py"))]
    if not programs:
        raise SuiteError(f"{suite / 'programs'} has no .py files")
    return programs


def load_program(suite: Path, path: Path) -> Program:
    text = path.read_text()
    c_twin = suite / "c" / f"{path.stem}.c"
    if not c_twin.exists():
        raise SuiteError(f"{path}: no C twin at {c_twin}")
    numba_twin = suite / "numba" / path.name
    standard = _one_size_line(path, text)
    quick = QUICK.search(text)
    pending = PENDING.search(text)
    if numba_twin.exists():
        _one_size_line(numba_twin, numba_twin.read_text())
    return Program(
        name=path.stem, source=path, c_twin=c_twin,
        numba_twin=numba_twin if numba_twin.exists() else None,
        standard=standard, quick=int(quick.group(1)) if quick else standard,
        pending=(pending.group(1) or "a feature Pyrite lacks") if pending else None)


def _one_size_line(path: Path, text: str) -> int:
    found = SIZE_LINE.findall(text)
    if len(found) != 1:
        raise SuiteError(f"{path}: needs exactly one line 'N = <int>' (found {len(found)})")
    return int(found[0])


def sized_source(path: Path, size: int) -> str:
    """The file's text with its `N = ...` line set to `size`."""
    return SIZE_LINE.sub(f"N = {size}", path.read_text(), count=1)


def select(programs: list[Program], only: list[str]) -> list[Program]:
    if not only:
        return programs
    names = {p.name for p in programs}
    unknown = [n for n in only if n not in names]
    if unknown:
        raise SuiteError(f"no benchmark named {', '.join(unknown)} (known: {', '.join(sorted(names))})")
    return [p for p in programs if p.name in only]
