"""Compiler line coverage reached by generated programs and by frontend-fuzz inputs (coverage.py).

    python -m pyrite.fuzz.coverage --count 10000 --frontend-count 3000 --jobs 2
    pyrite fuzz --coverage --count 10000

Phase 1 runs `--count` generated programs (seeds from `--seed`) through what the
oracle compiles: frontend, irgen, the verifier and the -O0/-O1/-O2 pipelines
(every 10th also observed and bisected, as in `pyrite fuzz`).
Phase 2 runs `--frontend-count` jobs of the robustness mode (mutants, bytes,
grammar-made source), which reach the diagnostics the generator never triggers;
with `--corpus generated` the mutants start from generated programs only, so no
input comes from a hand-written test.
The report gives line coverage of src/pyrite/frontend/, irgen/ and passes/ for
each phase and for both together; `--missing` lists the lines never run.

Each worker is a fresh interpreter (`python -m pyrite.fuzz.coverage --worker …`)
that starts coverage before it imports the compiler, so module-level lines
count too.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .mutate import CORPORA

PACKAGE = Path(__file__).resolve().parents[1]
MEASURED = ("frontend", "irgen", "passes")


def _include() -> list[str]:
    return [str(PACKAGE / part / "*") for part in MEASURED]


def _worker(phase: str, seeds: list[int], data_file: str) -> None:
    """In a spawned process: measure `phase` over `seeds`, saving to `data_file`."""
    import coverage

    cov = coverage.Coverage(data_file=data_file, include=_include())
    cov.start()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        if phase == "programs":
            _programs(seeds)
        else:
            _frontend_inputs(seeds, phase.split("-", 1)[1])
    finally:
        cov.stop()
        cov.save()


def _programs(seeds: list[int]) -> None:
    from ..diagnostics import CompileError
    from .gen import generate
    from .oracle import compile_text

    for seed in seeds:
        observed = seed % 10 == 5  # as `pyrite fuzz` does: the pass manager's options, a bisected pipeline
        try:
            compile_text(generate(seed), f"seed-{seed}.py", observe=observed, bisect_limit=seed % 40 if observed else None)
        except CompileError:
            pass  # the generator left the subset: the campaign reports it, coverage still counts


def _frontend_inputs(seeds: list[int], corpus: str) -> None:
    from .frontend_fuzz import compile_input, job_inputs
    from .mutate import load_corpus

    texts = load_corpus(corpus)
    with tempfile.TemporaryDirectory(prefix="pyrite-cov-") as tmp:
        path = os.path.join(tmp, "input.py")
        for seed in seeds:
            for _, data in job_inputs(seed, texts):
                compile_input(data, path)


def measure(phase: str, seeds: range, jobs: int, directory: str) -> list[str]:
    """Run `phase` over `seeds` in `jobs` worker processes; their data files."""
    files = [os.path.join(directory, f"{phase}.{i}") for i in range(jobs)]
    workers = []
    for i in range(jobs):
        part = seeds[i::jobs]
        command = [sys.executable, "-m", "pyrite.fuzz.coverage", "--worker", phase, files[i],
                   str(part.start), str(part.stop), str(part.step)]
        workers.append(subprocess.Popen(command, stdin=subprocess.DEVNULL))
    for w in workers:
        if w.wait() != 0:
            raise RuntimeError(f"a coverage worker failed with status {w.returncode}")
    return [f for f in files if os.path.exists(f)]


def report(data_files: list[str], directory: str, name: str, missing: bool = False) -> dict[str, float]:
    """Percent of lines run, per measured folder and in all ("total"), over `data_files` combined."""
    import coverage

    cov = coverage.Coverage(data_file=os.path.join(directory, f"combined-{name}"), include=_include())
    cov.combine(data_files, keep=True)
    cov.save()
    result = {}
    for part in MEASURED:
        result[part] = cov.report(include=[str(PACKAGE / part / "*")], file=io.StringIO())
    result["total"] = cov.report(file=io.StringIO(), show_missing=missing)
    if missing:
        cov.report(file=sys.stdout, show_missing=True, skip_covered=True)
    return result


def run_coverage(count: int, seed: int, jobs: int, frontend_count: int = 0, missing: bool = False,
                 corpus: str = "all") -> int:
    from .frontend_fuzz import GRAMMAR_BATCH, is_grammar_job

    with tempfile.TemporaryDirectory(prefix="pyrite-coverage-") as tmp:
        programs = measure("programs", range(seed, seed + count), jobs, tmp)
        rows = [(f"{count:,} generated programs", report(programs, tmp, "programs", missing and not frontend_count))]
        if frontend_count:
            seeds = range(seed, seed + frontend_count)
            inputs = measure(f"frontend-{corpus}", seeds, jobs, tmp)
            made = sum(GRAMMAR_BATCH if is_grammar_job(s) else 1 for s in seeds)
            source = "no test file" if corpus == "generated" else "tests' and generated programs' mutants"
            rows.append((f"{made:,} frontend-fuzz inputs ({source}; {frontend_count:,} jobs)",
                         report(inputs, tmp, "frontend")))
            rows.append((f"both: {count + made:,} inputs", report(programs + inputs, tmp, "both", missing)))
    _print_table(rows)
    return 0


def _print_table(rows: list[tuple[str, dict[str, float]]]) -> None:
    from rich.table import Table

    from .report import stdout_console

    table = Table("inputs", *(f"{part}/" for part in MEASURED), "all three", title="line coverage of src/pyrite/")
    for label, figures in rows:
        table.add_row(label, *(f"{figures[p]:.1f}%" for p in MEASURED), f"{figures['total']:.1f}%")
    stdout_console().print(table)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:  # phase, data file, start, stop, step
        phase, data_file, start, stop, step = argv[1:6]
        _worker(phase, list(range(int(start), int(stop), int(step))), data_file)
        return 0
    parser = argparse.ArgumentParser(prog="python -m pyrite.fuzz.coverage", description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="generated programs (default 1000)")
    parser.add_argument("--frontend-count", type=int, default=0, help="frontend-fuzz jobs too (default none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--missing", action="store_true", help="list the lines never run, file by file")
    parser.add_argument("--corpus", choices=CORPORA, default="all",
                        help="what the frontend-fuzz mutants start from: tests and generated programs (all), or "
                             "generated programs only")
    args = parser.parse_args(argv)
    return run_coverage(args.count, args.seed, max(1, args.jobs), args.frontend_count, args.missing, args.corpus)


if __name__ == "__main__":
    sys.exit(main())
