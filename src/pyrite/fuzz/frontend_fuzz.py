"""`pyrite fuzz --frontend`: no input may make the compiler raise anything but CompileError.

    pyrite fuzz --frontend --time 600 --jobs 2 --keep /tmp/crashes

Each input (mutated test files and generated programs, random bytes, and
hypothesmith's grammar-made source; see mutate.py) goes through what `pyrite
build` does before code generation, in process: reading and decoding, the
frontend, irgen and the IR verifier, the -O0/-O1/-O2 pipelines, lowering to
LLVM IR and LLVM's own parser and verifier. Diagnostics (rendered as the CLI
renders them) and success are the only allowed outcomes; any other exception,
or a compile that takes longer than TIMEOUT seconds, is a failure, deduplicated
by exception type and the innermost Pyrite function it escaped from.
"""

from __future__ import annotations

import datetime
import gc
import multiprocessing
import os
import signal
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager

from rich.console import Console

from .campaign import init_worker, stoppable
from .history import Campaign, Failure, History, pyrite_version
from .report import Tally, print_summary, progress_bar, stdout_console

TIMEOUT = 20.0
GRAMMAR_EVERY = 10  # one job in this many is a batch of hypothesmith sources
GRAMMAR_BATCH = 5


class CompileTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    def expire(signum, frame):
        raise CompileTimeout(f"compiling took more than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def compile_input(data: bytes, path: str) -> tuple[str, str] | None:
    """None if `data` compiles or is rejected with diagnostics; else (signature, detail)."""
    from ..diagnostics import CompileError

    with open(path, "wb") as f:
        f.write(data)
    try:
        with time_limit(TIMEOUT):
            try:
                _compile(path)
            except CompileError as err:
                _render(err, path)
    except CompileTimeout as err:
        return "timeout", str(err)
    except RecursionError:
        return "RecursionError", traceback.format_exc(limit=-8)
    except Exception as err:  # what the robustness mode exists to find
        return _signature(err), f"{type(err).__name__}: {err}\n{traceback.format_exc(limit=-8)}"
    return None


def _compile(path: str) -> None:
    from ..backend.llvm_passes import parse_llvm
    from ..backend.lower import lower_module
    from .oracle import compile_ir

    for module in compile_ir(path).values():
        parse_llvm(str(lower_module(module, runtime=False)))  # LLVM's parser and verifier


def _render(err, path: str) -> None:
    """Render every diagnostic against the source, as `pyrite` does (rendering must not crash either)."""
    from ..diagnostics import CompileError
    from ..driver.compile import read_source

    try:
        source = read_source(path)
    except CompileError:
        source = None
    if not err.diagnostics:
        raise AssertionError("CompileError without diagnostics")
    for diag in err.diagnostics:
        diag.render(source)


def _signature(err: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f"{os.sep}pyrite{os.sep}" in f.filename]
    where = frames[-1] if frames else traceback.extract_tb(err.__traceback__)[-1]
    return f"{type(err).__name__} at {os.path.basename(where.filename)}:{where.name}"


# ---- workers

_corpus: list[str] = []
_STAGES = "read, frontend, irgen, verify, passes -O0/O1/O2, LLVM lowering"


def check_job(seed: int) -> list[tuple[int, str, str | None, str, bytes]]:
    """Worker: [(seed, kind, signature or None, detail, input)] for one job's inputs."""
    inputs = job_inputs(seed, _corpus)
    results = []
    with tempfile.TemporaryDirectory(prefix="pyrite-ffuzz-") as tmp:
        for kind, data in inputs:
            found = compile_input(data, os.path.join(tmp, "input.py"))
            results.append((seed, kind, *(found or (None, "")), data if found else b""))
    return results


def job_inputs(seed: int, corpus: list[str]) -> list[tuple[str, bytes]]:
    """The (kind, input) pairs of job `seed`: a batch of grammar-made sources, or one mutant or byte string."""
    from .mutate import grammar_inputs, make_input

    if is_grammar_job(seed) and _has_hypothesmith():
        return [("grammar", data) for data in grammar_inputs(seed, GRAMMAR_BATCH)]
    return [make_input(seed, corpus)]


def is_grammar_job(seed: int) -> bool:
    """Whether job `seed` is a batch of grammar-made inputs rather than one mutant or byte string."""
    return seed % GRAMMAR_EVERY == GRAMMAR_EVERY - 1


def _has_hypothesmith() -> bool:
    import importlib.util

    return importlib.util.find_spec("hypothesmith") is not None


class Found:
    """The campaign's failures beyond the tally: each signature's first input and where it was kept."""

    def __init__(self, keep: str | None):
        self.keep = keep
        self.inputs: dict[str, bytes] = {}
        self.paths: dict[str, str] = {}

    def add(self, tally: Tally, seed: int, kind: str, signature: str | None, detail: str, data: bytes) -> bool:
        """Count one result; True if it is a new failure signature."""
        new = tally.add(seed, signature is None, signature or "", detail, kind)
        if signature is None:
            return False
        path = ""
        if self.keep:
            path = os.path.abspath(os.path.join(self.keep, f"frontend-{seed}-{len(tally.seeds[signature])}.py"))
            with open(path, "wb") as f:
                f.write(data)
        if new:
            self.inputs[signature], self.paths[signature] = data, path
        return new


def run_frontend_campaign(args) -> int:
    from .mutate import load_corpus

    count = args.count if args.count is not None else (None if args.time is not None else 1000)
    deadline = time.monotonic() + args.time if args.time is not None else None
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    console, err_console = stdout_console(), Console(stderr=True)
    if not _has_hypothesmith():
        err_console.print("hypothesmith is not installed (pip install -e '.[dev]'): mutants and bytes only")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    _corpus[:] = load_corpus(args.corpus)
    gc.freeze()
    tally, found = Tally(), Found(args.keep)
    started, start = datetime.datetime.now(datetime.timezone.utc).isoformat(), time.monotonic()
    version = pyrite_version()

    def jobs():  # a job is one input, or a batch of grammar-made ones
        seed = args.seed
        while (count is None or seed < args.seed + count) and (deadline is None or time.monotonic() < deadline):
            yield seed
            seed += 1

    progress = progress_bar(err_console, args.time if count is None else count, by_time=count is None)
    task = progress.add_task("fuzz", total=args.time if count is None else count, programs=0, rate=0.0, failures=0)
    pool = multiprocessing.get_context("fork").Pool(args.jobs, initializer=init_worker, maxtasksperchild=1000)
    try:
        with stoppable(), progress:
            for results in pool.imap_unordered(check_job, jobs()):
                for seed, kind, signature, detail, data in results:
                    if found.add(tally, seed, kind, signature, detail, data):
                        progress.console.print(f"[red]CRASH[/red] seed {seed} ({kind}): {signature}", markup=True,
                                               highlight=False)
                elapsed = time.monotonic() - start
                progress.update(task, completed=elapsed if count is None else min(tally.done, count),
                                programs=tally.done, rate=tally.done / max(elapsed, 1e-9), failures=len(tally.seeds))
                if (deadline is not None and time.monotonic() > deadline) or (count is not None and tally.done >= count):
                    break
    except KeyboardInterrupt:
        err_console.print("interrupted")
    finally:
        pool.terminate()
        pool.join()
    elapsed = time.monotonic() - start
    print_summary(console, tally, elapsed, what="inputs")
    if not args.no_db:
        _record(args, tally, started, version, elapsed, found)
    return 1 if tally.seeds else 0


def _record(args, tally: Tally, started: str, version: tuple[str, str], elapsed: float,
            found: Found) -> None:
    version, commit = version  # taken when the campaign started: the compiler that ran
    db = History.open(args.db)
    try:
        cid = db.add_campaign(Campaign(started, "frontend", args.seed, tally.done, elapsed, args.jobs,
                                       _STAGES + (", mutants of generated programs only" if args.corpus == "generated"
                                                  else ""),
                                       dict(tally.features), len(tally.seeds), version, commit))
        for signature, seeds in tally.by_frequency():
            text = found.inputs[signature].decode("utf-8", "backslashreplace")
            db.add_failure(cid, Failure(signature, seeds[0], len(seeds), sorted(set(seeds)), tally.details[signature],
                                        tally.first_features[signature], text, found.paths[signature]))
    finally:
        db.close()
