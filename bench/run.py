"""Benchmark harness: each program under CPython, as a Pyrite executable, and as its C twin.

    python bench/run.py [--repeat N] [--only NAME] [--json OUT.json]

For every bench/programs/NAME.py with a C twin bench/c/NAME.c it builds the
Pyrite executable (`pyrite build -O2`, timed end to end: that is the compile
time a user waits for) and the C program (`gcc -O2`), runs all three,
checks that they print the same thing, and reports times as ratios measured
in the same run: CPython / Pyrite (speed-up) and Pyrite / C (distance to C).
Times are the best of N runs (CPython: best of max(1, N // 3)).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout


def best_of(cmd: list[str], repeat: int) -> tuple[float, str]:
    runs = [timed(cmd) for _ in range(max(1, repeat))]
    return min(t for t, _ in runs), runs[0][1]


def measure(name: str, tmp: Path, repeat: int) -> dict:
    program = HERE / "programs" / f"{name}.py"
    twin = HERE / "c" / f"{name}.c"
    exe, c_exe = tmp / name, tmp / f"{name}-c"
    compile_s, _ = timed([sys.executable, "-m", "pyrite", "build", "-O2", str(program), "-o", str(exe)])
    subprocess.run([_cc(), "-O2", str(twin), "-o", str(c_exe), "-lm"], check=True)
    cpython_s, cpython_out = best_of([sys.executable, str(program)], max(1, repeat // 3))
    pyrite_s, pyrite_out = best_of([str(exe)], repeat)
    c_s, c_out = best_of([str(c_exe)], repeat)
    return {
        "program": name,
        "cpython_s": cpython_s,
        "pyrite_s": pyrite_s,
        "c_s": c_s,
        "compile_s": compile_s,
        "speedup_vs_cpython": cpython_s / pyrite_s,
        "slowdown_vs_c": pyrite_s / c_s,
        "same_output": cpython_out == pyrite_out == c_out,
    }


def _cc() -> str:
    for cc in ("gcc", "cc"):
        if shutil.which(cc):
            return cc
    raise SystemExit("bench/run.py needs gcc for the C twins")


def report(rows: list[dict]) -> str:
    head = "| program | CPython s | Pyrite s | C (gcc -O2) s | CPython/Pyrite | Pyrite/C | compile s | same output |"
    lines = [head, "|" + "---|" * 8]
    for r in rows:
        lines.append(
            f"| {r['program']} | {r['cpython_s']:.3f} | {r['pyrite_s']:.4f} | {r['c_s']:.4f} | "
            f"{r['speedup_vs_cpython']:.1f}x | {r['slowdown_vs_c']:.2f}x | {r['compile_s']:.2f} | "
            f"{'yes' if r['same_output'] else 'NO'} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    names = sorted(p.stem for p in (HERE / "programs").glob("*.py") if (HERE / "c" / f"{p.stem}.c").exists())
    names = [n for n in names if not args.only or n in args.only]
    with tempfile.TemporaryDirectory(prefix="pyrite-bench-") as tmp:
        rows = [measure(name, Path(tmp), args.repeat) for name in names]
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0 if all(r["same_output"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
