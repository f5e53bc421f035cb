"""How far `pyrite reduce --mismatch` shrinks generated programs that hit an injected miscompile.

    python bench/reduce_ratio.py [--seed 0] [--programs 5] [--inject constfold] [--max-lines N]

For seeds S, S+1, ...: `pyrite fuzz --seed S --count 1 --keep DIR` writes the
generated program; the first PROGRAMS of them that fail under the injected
miscompile (pyrite/fuzz/inject.py: a stage computing `%` of mixed-sign
operands as C does) are reduced by `pyrite reduce FILE --mismatch`, run in this
process so that the injection is on. Prints, per program, the lines before
and after (non-blank lines), the ratio, the wall time, the CPU time (this
process and the forked checks; on a loaded machine the steadier figure) and
the number of checks, then the totals. Seeds whose program the injection does not change are
skipped (and counted).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from pyrite.fuzz.inject import inject
from pyrite.fuzz.interesting import NotInteresting
from pyrite.fuzz.mismatch import mismatch_of
from pyrite.fuzz.reduce import count_lines
from pyrite.fuzz.reduce import main as reduce_main

RESULT = re.compile(r"reduced (\d+) lines -> (\d+) lines \(ratio [\d.]+x\) in ([\d.]+) s, (\d+) checks")


def generated(seed: int, directory: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pyrite", "fuzz", "--seed", str(seed), "--count", "1", "--keep", str(directory)],
                   check=False, capture_output=True)
    return directory / f"seed-{seed}.py"


def fails_under_injection(path: Path) -> str:
    """The mismatch signature the injection gives the program, or ''."""
    try:
        sig, _ = mismatch_of(path.read_text(), path.name)
    except NotInteresting:
        return ""
    return str(sig)


def cpu_seconds() -> float:
    """User + system time of this process and of its waited-for children (the forked checks)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def reduce_one(path: Path) -> tuple[int, int, float, float, int] | None:
    """(lines before, lines after, wall seconds, CPU seconds, checks) of `pyrite reduce PATH --mismatch`."""
    out, err = io.StringIO(), io.StringIO()
    cpu = cpu_seconds()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = reduce_main([str(path), "--mismatch", "--quiet"])
    cpu = cpu_seconds() - cpu
    match = RESULT.search(out.getvalue())
    if status != 0 or not match:
        print(f"  {path.name}: not reduced: {err.getvalue().strip()[:200]}")
        return None
    return int(match[1]), int(match[2]), float(match[3]), cpu, int(match[4])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--programs", type=int, default=5)
    parser.add_argument("--inject", default="constfold", choices=["constfold", "interp", "backend"])
    parser.add_argument("--max-lines", type=int, default=None, help="skip generated programs longer than this")
    parser.add_argument("--keep", help="directory for the programs and reductions (default: a temporary one)")
    args = parser.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    directory = Path(args.keep or tempfile.mkdtemp(prefix="pyrite-reduce-ratio-"))
    directory.mkdir(parents=True, exist_ok=True)
    rows, seed, skipped = [], args.seed, 0
    print(f"injected miscompile: {args.inject}; programs in {directory}")
    print(f"{'seed':>6} {'lines':>6} {'reduced':>8} {'ratio':>7} {'wall s':>7} {'CPU s':>6} {'checks':>7}  signature")
    while len(rows) < args.programs:
        path = generated(seed, directory)
        with inject(args.inject):
            long = args.max_lines is not None and count_lines(path.read_text()) > args.max_lines
            signature = "" if long else fails_under_injection(path)
            row = reduce_one(path) if signature else None
        if row:
            before, after, wall, cpu, checks = row
            rows.append(row)
            print(f"{seed:>6} {before:>6} {after:>8} {before / max(after, 1):>6.1f}x {wall:>7.1f} {cpu:>6.1f} {checks:>7}  {signature}",
                  flush=True)
        else:
            skipped += 1
        seed += 1
    before, after = sum(r[0] for r in rows), sum(r[1] for r in rows)
    print(f"total: {before} lines -> {after} lines (ratio {before / max(after, 1):.1f}x), "
          f"{sum(r[2] for r in rows):.1f} s wall, {sum(r[3] for r in rows):.1f} s CPU, {sum(r[4] for r in rows)} checks; "
          f"{skipped} seeds skipped "
          "(no mismatch under the injection, or too long)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
