"""`pyrite reduce`: shrink a failing program to a small one that fails the same way.

    pyrite reduce seed-55.py --mismatch                 # writes seed-55.reduced.py
    pyrite reduce crash.py --crash -o small.py
    pyrite reduce prog.py --interesting './still-bad.sh'
    pyrite reduce seed-55.py --mismatch --save-regress constfold_mod_negative

The search itself is pysource-minimize's (PyPI): an AST-aware reducer that
removes statements, replaces expressions by their parts, simplifies constants
and renames, keeping each step only if the interestingness test (interesting.py)
still says yes. Its output is always valid Python, so every candidate the test
sees can at least be parsed. A last pass drops single lines the AST pass kept
(one check per line, cheap once the program is small).

Results of the test are cached by program text: the AST pass proposes the
same candidate more than once.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable

from .interesting import CommandTest, CrashTest, MismatchTest, NotInteresting

Test = Callable[[str], bool]


class CountingTest:
    """The interestingness test with a cache, a counter and a progress line."""

    def __init__(self, test: Test, progress: bool):
        self.test, self.progress = test, progress and sys.stderr.isatty()
        self.cache: dict[str, bool] = {}
        self.checks, self.best = 0, None

    def __call__(self, text: str) -> bool:
        if text not in self.cache:
            self.checks += 1
            self.cache[text] = self.test(text)
            if self.cache[text] and (self.best is None or len(text) < len(self.best)):
                self.best = text
            if self.progress:
                lines = count_lines(self.best) if self.best is not None else 0
                print(f"\r{self.checks} checks, smallest so far {lines} lines   ", end="", file=sys.stderr, flush=True)
        return self.cache[text]


def count_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def reduce_text(text: str, test: Test) -> str:
    """The smallest program pysource-minimize and the line pass find that `test` accepts."""
    from pysource_minimize import minimize

    reduced = minimize(text, test)
    return remove_lines(reduced, test)


def remove_lines(text: str, test: Test) -> str:
    """Drop single lines, last first, while the test still says yes (and the text still parses)."""
    lines = text.splitlines(keepends=True)
    i = len(lines) - 1
    while i >= 0:
        candidate = lines[:i] + lines[i + 1:]
        joined = "".join(candidate)
        if _parses(joined) and test(joined):
            lines = candidate
        i -= 1
    return "".join(lines)


def _parses(text: str) -> bool:
    try:
        compile(text, "<candidate>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite reduce", description="shrink a failing program, keeping its failure")
    parser.add_argument("file")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--mismatch", action="store_true", help="Pyrite's output differs from CPython's in the same way")
    what.add_argument("--crash", action="store_true", help="Pyrite crashes (exit 3, a traceback) at the same place")
    what.add_argument("--interesting", metavar="CMD",
                      help="a shell command; exit 0 = interesting. It runs in a fresh directory holding the candidate "
                           "under the input's file name, with the candidate's path appended as its last argument")
    parser.add_argument("-o", "--output", help="where to write the result (default: FILE.reduced.py)")
    parser.add_argument("--timeout", type=float, help="seconds per check (default: from the original's run time)")
    parser.add_argument("--save-regress", metavar="NAME", help="also write tests/regress/NAME.py with a header")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        print(f"pyrite reduce: cannot read {args.file}: {err}", file=sys.stderr)
        return 2
    if not _parses(text):
        print(f"pyrite reduce: {args.file} is not valid Python syntax", file=sys.stderr)
        return 2
    if args.save_regress and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.save_regress):
        print("pyrite reduce: --save-regress NAME must be a plain identifier (letters, digits, _)", file=sys.stderr)
        return 2
    try:
        test, what = _make_test(args, text)
    except NotInteresting as err:
        print(f"pyrite reduce: {args.file} is not interesting: {err}", file=sys.stderr)
        return 1
    start = time.monotonic()
    counting = CountingTest(test, progress=not args.quiet)
    reduced = reduce_text(text, counting)
    elapsed = time.monotonic() - start
    if counting.progress:
        print(file=sys.stderr)
    output = args.output or os.path.splitext(args.file)[0] + ".reduced.py"
    Path(output).write_text(reduced, encoding="utf-8")
    before, after = count_lines(text), count_lines(reduced)
    print(f"reduced {before} lines -> {after} lines (ratio {before / max(after, 1):.1f}x) "
          f"in {elapsed:.1f} s, {counting.checks} checks: {output}")
    if args.save_regress:
        print(f"saved {save_regress(args.save_regress, reduced, what, args.file)}")
    return 0


def _make_test(args, text: str):
    """(interestingness test, what it shows as a line for the regress header)."""
    if args.mismatch:
        test = MismatchTest.of(text, args.file, args.timeout)
        print(f"signature: {test.signature} ({test.detail})", file=sys.stderr)
        return test, f"mismatch {test.signature}: {test.detail}"
    if args.crash:
        test = CrashTest.of(text, args.file, args.timeout)
        print(f"signature: {test.signature}", file=sys.stderr)
        return test, str(test.signature)
    test = CommandTest(args.interesting, args.file, args.timeout or 60.0)
    why = test.reason(text)
    if why:
        raise NotInteresting(f"the original is not interesting to {args.interesting!r}: {why}")
    return test, f"interesting to {args.interesting!r}"


def regress_dir() -> Path:
    """tests/regress of the checkout Pyrite runs from, else of the current directory or a parent."""
    here = Path(__file__).resolve().parents[3] / "tests" / "regress"
    if here.is_dir():
        return here
    for parent in [Path.cwd(), *Path.cwd().parents]:
        if (parent / "tests" / "regress").is_dir():
            return parent / "tests" / "regress"
    raise FileNotFoundError("no tests/regress directory here or in a parent directory")


def save_regress(name: str, reduced: str, what: str, source: str) -> Path:
    """Write tests/regress/NAME.py: a header saying what it showed, then the program."""
    seed = re.search(r"seed-(\d+)", os.path.basename(source))
    header = [f"# Reduced by `pyrite reduce` from {os.path.basename(source)}"
              + (f" (fuzz seed {seed.group(1)})" if seed else ""),
              f"# It showed: {what}"[:300]]
    path = regress_dir() / f"{name}.py"
    path.write_text("\n".join(header) + "\n" + reduced, encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
