"""`pyrite fuzz`: run generated programs through the oracle in worker processes.

    pyrite fuzz --count 200 --jobs 2 --keep /tmp/fails
    pyrite fuzz --time 600 --seed 1000 --native o2
    pyrite fuzz --report                      # the campaigns and failures so far
    pyrite fuzz --resume --time 3600          # go on with the latest campaign, from its next seed
    pyrite fuzz --frontend --time 60          # robustness: arbitrary source and bytes
    pyrite fuzz --coverage --count 10000      # compiler line coverage reached

Programs are seeds S, S+1, ...; failures are deduplicated by their signature
(which stage differs, and the kind of the first diverging line), each reported
with the seeds that produced it. Every campaign and each unique failure it found
is recorded in an SQLite database (history.py). A campaign stopped by --time or
a signal can be resumed, by the same compiler (same git commit) with the same
options, from one past the last seed it ran: each run is a row of its own that
names the one it continues, and --report adds them up. Exit status 1 if any
failure was found, 2 for bad options.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import multiprocessing
import os
import signal
import sys
import time

from rich.console import Console

from . import native as native_runs
from .gen import ALL_FEATURES, generate
from .mutate import CORPORA
from .history import Campaign, Failure, History, HistoryError, pyrite_version
from .oracle import check_program
from .report import Tally, print_history, print_summary, progress_bar, series_line, stdout_console

NATIVE_LEVELS = {"all": (0, 2), "o2": (2,), "none": ()}
DEFAULTS = {"seed": 0, "native": "all", "build_every": 50, "observe_every": 10}
CARRIED = ("features", "native", "build_every", "observe_every")  # what a resumed campaign keeps


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite fuzz", description="differential fuzzing against CPython")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true", help="print the campaign history and exit")
    mode.add_argument("--frontend", action="store_true",
                      help="robustness mode: arbitrary source, mutated test files and bytes through the compiler")
    mode.add_argument("--coverage", action="store_true",
                      help="line coverage of frontend/, irgen/, passes/ reached by the generated programs")
    mode.add_argument("--resume", type=int, nargs="?", const=0, metavar="ID",
                      help="go on with campaign ID (default: the latest) from its next seed, with its options; "
                           "the compiler must be the same commit")
    amount = parser.add_mutually_exclusive_group()
    amount.add_argument("--count", type=int, help="programs to run (default 100)")
    amount.add_argument("--time", type=float, metavar="SECONDS", help="run for this long")
    parser.add_argument("--seed", type=int, help="first seed (default 0)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--keep", metavar="DIR", help="write failing programs (or, with --count 1, the program) here")
    parser.add_argument("--native", choices=list(NATIVE_LEVELS),
                        help="native runs: -O0 and -O2 (default), -O2 only, or none (interpreter only)")
    parser.add_argument("--build-every", type=int, metavar="N",
                        help="also build and run an executable (`pyrite build`'s path) for every Nth seed "
                             "(default 50); 0: never")
    parser.add_argument("--observe-every", type=int, metavar="N",
                        help="for every Nth seed also verify after each pass, check the IR text round trip and "
                             "run a partial -O2 pipeline (default 10); 0: never")
    parser.add_argument("--features", metavar="F,F,...",
                        help=f"give every program exactly these features (default: a random subset each); +F adds F "
                             f"to each program's random subset instead; from {', '.join(ALL_FEATURES)}")
    parser.add_argument("--corpus", choices=CORPORA, default="all",
                        help="--frontend: mutate tests/run, tests/errors, tests/regress and generated programs "
                             "(all, the default) or generated programs only")
    parser.add_argument("--db", metavar="PATH", help="the history database (default: ~/.cache/pyrite/fuzz.sqlite)")
    parser.add_argument("--no-db", action="store_true", help="record nothing")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 1 or (args.count is not None and args.count < 0) or (args.time is not None and args.time < 0):
        parser.error("--jobs must be at least 1, and --count and --time not negative")
    try:
        features = _resolve(parser, args)
        if args.report:
            return _report(args)
        if args.frontend:
            from .frontend_fuzz import run_frontend_campaign

            return run_frontend_campaign(args)
        if args.coverage:
            from .coverage import run_coverage

            return run_coverage(args.count or 1000, args.seed, args.jobs)
        return run_campaign(args, features)
    except HistoryError as err:
        print(f"pyrite fuzz: error: {err}", file=sys.stderr)
        return 2


def _features(parser: argparse.ArgumentParser, text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    chosen = frozenset(f.strip() for f in text.split(",") if f.strip())
    unknown = sorted({f.removeprefix("+") for f in chosen} - set(ALL_FEATURES))
    if unknown or not chosen:
        parser.error(f"unknown features: {', '.join(unknown) or '(none given)'}; known: {', '.join(ALL_FEATURES)}")
    return chosen


def _resolve(parser: argparse.ArgumentParser, args) -> frozenset[str] | None:
    """Fill in the defaults, or with --resume the seed and options of the campaign it continues.

    Returns the features every program must have (None: a random subset each)."""
    args.resumes = None
    if args.resume is None:
        for name, value in DEFAULTS.items():
            if getattr(args, name) is None:
                setattr(args, name, value)
        return _features(parser, args.features)
    given = [name for name in ("seed", *CARRIED) if getattr(args, name) is not None]
    if given or args.no_db:
        parser.error(f"--resume goes on with the campaign's own {'seeds and options' if given else 'database row'};"
                     f" drop --{(given[0] if given else 'no_db').replace('_', '-')}")
    db = History.open(args.db)
    try:
        row = db.campaign(args.resume or None)
        later = db.resumed_by(row["id"])
    finally:
        db.close()
    _check_resumable(row, later)
    options = json.loads(row["options"])
    args.seed, args.resumes = row["next_seed"], row["id"]
    for name in CARRIED[1:]:
        setattr(args, name, options[name])
    return frozenset(options["features"]) if options["features"] is not None else None


def _check_resumable(row, later: int | None) -> None:
    """A resumed campaign is the same campaign: one compiler, one series of seeds."""
    cid, commit = row["id"], row["git_commit"]
    if row["mode"] != "programs" or row["options"] is None:
        raise HistoryError(f"campaign {cid} cannot be resumed: only campaigns of generated programs recorded since "
                           "--resume exists can")
    if later is not None:
        raise HistoryError(f"campaign {cid} was resumed already, by campaign {later}: resume that one")
    if not commit or commit.endswith("-dirty"):
        raise HistoryError(f"campaign {cid} ran an uncommitted tree ({commit or 'no git commit'}): which compiler "
                           "it was is not known, so it cannot be resumed")
    version, now = pyrite_version()
    if (version, now) != (row["version"], commit):
        raise HistoryError(f"campaign {cid} ran Pyrite {row['version']} at {commit}, this is {version} at "
                           f"{now or 'no git commit'}: resume it from a checkout of {commit}, so that one compiler "
                           "runs the whole campaign")


def _report(args) -> int:
    console = stdout_console()
    db = History.open(args.db)
    try:
        print_history(console, db)
    finally:
        db.close()
    return 0


# ---- workers


def init_worker() -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the campaign; pool.terminate() ends workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def stoppable():
    """Ctrl-C or `kill PID` ends the campaign early but still prints and records it.

    SIGINT is ignored in a background job started by a script; SIGTERM is what
    `kill` sends: both become KeyboardInterrupt in the parent while it runs."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGINT, signal.default_int_handler), signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old[0])
        signal.signal(signal.SIGTERM, old[1])


def check_seed(job: tuple) -> tuple[int, bool, str, str, str]:
    """Worker: (seed, ok, signature, detail, features) for one seed."""
    seed, levels, build, observe, features = job
    text = generate(seed, set(features) if features is not None else None)
    header = text.splitlines()[0].split(":", 1)[1].strip()
    try:
        result = check_program(text, f"seed-{seed}.py", native=levels, build=build, observe=observe)
    except Exception as err:  # the harness itself must not die on one program
        return seed, False, f"harness: {type(err).__name__}", str(err), header
    return seed, result.ok, result.signature, result.detail, header


def _prepare_parent(levels: tuple[int, ...]) -> None:
    """Work every worker would repeat, done once before they are forked: the runtime caches.

    Freezing the garbage collector's view of everything alive now keeps each
    worker's collections from walking the compiler's modules and LLVM objects."""
    init_worker()
    if levels:
        native_runs.warm_up()
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)  # a program's IR is short-lived garbage in cycles: collect it in bulk


# ---- the campaign


def run_campaign(args, features: frozenset[str] | None) -> int:
    levels = NATIVE_LEVELS[args.native]
    count = args.count if args.count is not None else (None if args.time is not None else 100)
    deadline = time.monotonic() + args.time if args.time is not None else None
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    console, err_console = stdout_console(), Console(stderr=True)
    tally, started = Tally(), datetime.datetime.now(datetime.timezone.utc).isoformat()
    version = pyrite_version()
    _prepare_parent(levels)
    start = time.monotonic()

    def jobs():
        seed = args.seed
        while (count is None or seed < args.seed + count) and (deadline is None or time.monotonic() < deadline):
            build = bool(levels) and args.build_every > 0 and seed % args.build_every == 0
            observe = args.observe_every > 0 and seed % args.observe_every == args.observe_every // 2
            yield seed, levels, build, observe, features
            seed += 1

    progress = progress_bar(err_console, args.time if count is None else count, by_time=count is None)
    task = progress.add_task("fuzz", total=args.time if count is None else count, programs=0, rate=0.0, failures=0)
    pool = multiprocessing.get_context("fork").Pool(args.jobs, initializer=init_worker, maxtasksperchild=500)
    try:
        with stoppable(), progress:
            # imap's feeder thread drains jobs() ahead of the workers, so the deadline is checked here too
            for seed, ok, signature, detail, header in pool.imap_unordered(check_seed, jobs()):
                if deadline is not None and time.monotonic() > deadline:
                    break
                if tally.add(seed, ok, signature, detail, header):
                    progress.console.print(f"[red]FAIL[/red] seed {seed}: {signature}: {detail[:200]}", markup=True,
                                           highlight=False)
                if args.keep and (not ok or count == 1):
                    _write(args.keep, seed, features)
                elapsed = time.monotonic() - start
                progress.update(task, completed=elapsed if count is None else tally.done, programs=tally.done,
                                rate=tally.done / max(elapsed, 1e-9), failures=len(tally.seeds))
                if not err_console.is_terminal and tally.done % 500 == 0:  # a log instead of a bar
                    err_console.print(f"{tally.done} programs, {tally.done / max(elapsed, 1e-9):.2f}/s, "
                                      f"{len(tally.seeds)} unique failures", highlight=False)
    except KeyboardInterrupt:
        err_console.print("interrupted")
    finally:
        pool.terminate()
        pool.join()
    elapsed = time.monotonic() - start
    print_summary(console, tally, elapsed)
    _print_cpu(console, tally.done)
    if not args.no_db:
        cid = _record(args, tally, started, version, elapsed, levels, features)
        if args.resumes is not None:
            _print_series(console, args.db, cid)
    return 1 if tally.seeds else 0


def _print_cpu(console: Console, done: int) -> None:
    """CPU time of this process and its (reaped) workers: a figure that the machine's load changes less."""
    t = os.times()
    cpu = t.user + t.system + t.children_user + t.children_system
    if done:
        console.print(f"cpu: {cpu:.1f} s in all, {1000 * cpu / done:.0f} ms per program")


def _write(directory: str, seed: int, features: frozenset[str] | None) -> str:
    path = os.path.join(directory, f"seed-{seed}.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(generate(seed, set(features) if features is not None else None))
    return path


def _stages(levels: tuple[int, ...], build_every: int, observe_every: int) -> str:
    stages = ["cpython", "interp-O0/O1/O2"]
    if observe_every > 0:
        stages.append(f"interp-O2-bisect every {observe_every}")
    if levels:
        stages.append("native-" + "/".join(f"O{level}" for level in levels))
        if build_every > 0:
            stages.append(f"build-O2 every {build_every}")
    return ", ".join(stages)


def _record(args, tally: Tally, started: str, version: tuple[str, str], elapsed: float, levels,
            features) -> int:
    version, commit = version  # taken when the campaign started: the compiler that ran
    options = {"features": sorted(features) if features is not None else None,
               **{name: getattr(args, name) for name in CARRIED[1:]}}
    next_seed = tally.last_seed + 1 if tally.last_seed is not None else args.seed
    db = History.open(args.db)
    try:
        cid = db.add_campaign(Campaign(started, "programs", args.seed, tally.done, elapsed, args.jobs,
                                       _stages(levels, args.build_every, args.observe_every), dict(tally.features),
                                       len(tally.seeds), version, commit, next_seed, options, args.resumes))
        for signature, seeds in tally.by_frequency():
            first = seeds[0]  # the first seed that showed it, whose features were recorded
            path = os.path.abspath(os.path.join(args.keep, f"seed-{first}.py")) if args.keep else ""
            program = generate(first, set(features) if features is not None else None)
            db.add_failure(cid, Failure(signature, first, len(seeds), sorted(seeds), tally.details[signature],
                                        tally.first_features[signature], program, path))
    finally:
        db.close()
    return cid


def _print_series(console: Console, path: str | None, cid: int) -> None:
    db = History.open(path)
    try:
        console.print(series_line(db, db.series(cid)))
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
