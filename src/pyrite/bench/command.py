"""`pyrite bench`: run the benchmark suite, keep its history, gate on regressions.

    pyrite bench [--quick] [--only NAME]... [--json [FILE]] [--markdown]
    pyrite bench --compare REF [--run ID]      exit 1 if Pyrite got slower than REF
    pyrite bench --dashboard OUT.html          the history as one HTML page
    pyrite bench --list                        stored runs

Every run is stored (see history.py). REF is a stored run id, or a git ref:
the newest clean run stored for that commit at the same size is used, and if
there is none, that commit's compiler is unpacked (git archive) into a
temporary directory and measured now, on the current programs, so that only
the compiler differs. `--run ID` compares a stored run instead of measuring.
Exit status: 0 fine; 1 a failure (a peer's output differs from CPython's, a
program that should compile does not, a run fails) or a regression; 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from . import history
from .compare import Thresholds, compare
from .peers import Toolchain
from .report import markdown, print_tables
from .results import PEERS, RunResult
from .runner import Settings, git_commit, run_suite
from .suite import SuiteError, find_suite, load_suite, select


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite bench", description="benchmarks side by side with the peers")
    parser.add_argument("--quick", action="store_true", help="the small sizes (checks, CI)")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="just this program (repeatable)")
    parser.add_argument("--peers", default=",".join(PEERS), help=f"comma-separated, from {','.join(PEERS)}")
    parser.add_argument("--repeat", type=int, default=None, help="timed runs per program and peer (10; quick: 3)")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="seconds of timed runs per program and peer before fewer repeats (at least 3)")
    parser.add_argument("--compile-repeat", type=int, default=None, help="Pyrite compiles timed per program (3; quick: 1)")
    parser.add_argument("--counts", action="store_true", help="instruction counts of Pyrite and C (perf or callgrind)")
    parser.add_argument("--metric", choices=["cpu", "wall"], default="cpu", help="time shown and compared (cpu)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before one run is killed")
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE", help="the run as JSON (to stdout: -)")
    parser.add_argument("--markdown", action="store_true", help="also print the tables as Markdown")
    parser.add_argument("--db", type=Path, default=None, help=f"history database ({history.default_path()})")
    parser.add_argument("--no-store", action="store_true", help="do not store this run")
    parser.add_argument("--suite", help="the bench/ directory (default: the checkout Pyrite runs from)")
    gate = parser.add_argument_group("regression gate")
    gate.add_argument("--compare", metavar="REF", help="baseline: a stored run id or a git ref")
    gate.add_argument("--run", type=int, metavar="ID", help="compare this stored run instead of measuring")
    gate.add_argument("--threshold", type=float, default=0.05, help="smallest slow-down that counts (0.05)")
    gate.add_argument("--compile-threshold", type=float, default=0.10, help="for compile time (0.10)")
    gate.add_argument("--size-threshold", type=float, default=0.02, help="binary size budget (0.02)")
    gate.add_argument("--alpha", type=float, default=0.05, help="significance level of the U test (0.05)")
    parser.add_argument("--dashboard", metavar="OUT.html", help="write the history as an HTML page and stop")
    parser.add_argument("--list", action="store_true", help="list the stored runs and stop")
    return parser


class UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = args.db or history.default_path()
    try:
        if args.list:
            return _list(db)
        if args.dashboard:
            return _dashboard(db, Path(args.dashboard), args.metric)
        return _measure_and_compare(args, db)
    except (UsageError, SuiteError) as err:
        print(f"pyrite bench: error: {err}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as err:  # an unwritable --db or --dashboard path, a file that is not SQLite
        print(f"pyrite bench: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _measure_and_compare(args, db: Path) -> int:
    if args.run is not None and not args.compare:
        raise UsageError("--run ID goes with --compare REF")
    run = _stored(db, args.run) if args.run is not None else _measure(args, db)
    status = 1 if run.failures() else 0
    if args.compare:
        base = _baseline(args, db, run)
        status = max(status, _gate(args, base, run))
    return status


def _measure(args, db: Path, tools: Toolchain | None = None, peers: list[str] | None = None,
             commit: tuple[str, bool] | None = None, quiet: bool = False) -> RunResult:
    programs = select(load_suite(find_suite(args.suite)), args.only)
    settings = _settings(args, tools, peers)
    with ProgressBar(quiet) as progress:
        run = run_suite(programs, settings, progress, commit=commit)
    if not args.no_store:
        history.save(db, run)
    if quiet:
        return run
    if args.json:
        text = json.dumps(run.to_json(), indent=1) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            Path(args.json).write_text(text)
    table_out = sys.stderr if args.json == "-" else sys.stdout
    print_tables(run, args.metric, file=table_out)
    if args.markdown:
        table_out.write(markdown(run, args.metric))
    return run


def _settings(args, tools: Toolchain | None, peers: list[str] | None) -> Settings:
    chosen = peers or [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in chosen if p not in PEERS]
    if unknown:
        raise UsageError(f"unknown peer {unknown[0]} (known: {', '.join(PEERS)})")
    tools = tools or Toolchain.default()
    tools.cache = (args.db or history.default_path()).parent / "bench-cache"
    tools.compile_repeat = args.compile_repeat or (1 if args.quick else 3)
    tools.timeout = args.timeout
    return Settings(quick=args.quick, repeat=args.repeat or (3 if args.quick else 10), budget=args.budget,
                    peers=chosen, counts=args.counts, tools=tools)


class ProgressBar:
    """A rich progress bar on stderr (nothing when quiet)."""

    def __init__(self, quiet: bool):
        self.quiet = quiet

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(TextColumn("{task.description:<36}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=Console(stderr=True), disable=self.quiet, transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("pyrite bench", total=0)
        return self

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc)

    def add(self, steps: int) -> None:
        self.bar.update(self.task, total=(self.bar.tasks[0].total or 0) + steps)

    def step(self, text: str) -> None:
        self.bar.update(self.task, advance=1, description=text)


def _stored(db: Path, run_id: int) -> RunResult:
    run = history.load(db, run_id)
    if run is None:
        raise UsageError(f"no run {run_id} in {db}")
    return run


def _baseline(args, db: Path, run: RunResult) -> RunResult:
    ref = args.compare.lstrip("#")
    if ref.isdigit() and history.load(db, int(ref)) is not None:
        return _stored(db, int(ref))
    commit = _resolve(ref)
    stored = history.latest_for_commit(db, commit, run.quick)
    if stored is not None and stored != run.id:
        return _stored(db, stored)
    print(f"pyrite bench: no stored run of {commit[:10]}; building that commit's compiler to measure it",
          file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="pyrite-baseline-") as tmp:
        _unpack(commit, Path(tmp))
        tools = Toolchain(compiler=[sys.executable, "-m", "pyrite"],
                          compiler_env={"PYTHONPATH": str(Path(tmp) / "src")})
        return _measure(args, db, tools=tools, peers=["pyrite"], commit=(commit, False), quiet=True)


def _checkout() -> Path:
    return Path(__file__).resolve().parents[3]


def _resolve(ref: str) -> str:
    git = shutil.which("git")
    if git is None:
        raise UsageError(f"'{ref}' is not a stored run id, and git is not installed to resolve it")
    done = subprocess.run([git, "-C", str(_checkout()), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise UsageError(f"'{ref}' is neither a stored run id nor a git ref")
    return done.stdout.strip()


def _unpack(commit: str, into: Path) -> None:
    archive = subprocess.run(["git", "-C", str(_checkout()), "archive", "--format=tar", commit, "src"],
                             capture_output=True)
    if archive.returncode != 0:
        raise UsageError(f"git archive {commit[:10]} failed: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def _gate(args, base: RunResult, run: RunResult) -> int:
    if base.quick != run.quick:
        raise UsageError(f"run {base.id} used {'quick' if base.quick else 'standard'} sizes and this one does not")
    limits = Thresholds(time=args.threshold, compile=args.compile_threshold, size=args.size_threshold,
                        alpha=args.alpha)
    findings = compare(base, run, args.metric, limits)
    print(f"\ncompared with run {base.id} ({base.commit[:10]}, {base.date})"
          + (f"; note: measured on another machine ({base.machine})" if base.machine != run.machine else ""))
    for finding in findings:
        if finding.verdict != "same":
            print(("REGRESSION " if finding.regression else "") + finding.describe())
    bad = [f for f in findings if f.regression]
    print(f"{len(bad)} regression(s) in {len({f.program for f in findings})} program(s) compared")
    return 1 if bad else 0


def _list(db: Path) -> int:
    for run_id, date, commit, dirty, machine, quick in history.runs(db):
        print(f"{run_id:5d}  {date}  {commit[:10]}{'+' if dirty else ' '}  {'quick   ' if quick else 'standard'}  {machine}")
    return 0


def _dashboard(db: Path, out: Path, metric: str) -> int:
    from .dashboard import write_dashboard

    runs = [history.load(db, r[0]) for r in history.runs(db)]
    if not runs:
        raise UsageError(f"no runs stored in {db} yet")
    write_dashboard(runs, out, metric)
    print(f"wrote {out} ({len(runs)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
