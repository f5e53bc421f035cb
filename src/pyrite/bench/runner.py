"""One benchmark run: build every program with every peer, check, then time.

1. Prepare: build each program with each peer (Pyrite's compile is timed here).
2. Check: run each peer once; its output must be CPython's, byte for byte, with
   exit status 0. A mismatch is a failure and that peer is not timed. This
   run also warms caches (Numba's compiled code, the file cache).
3. Time: rounds of runs, interleaved: every round visits every program and
   every peer (in a rotating order), so that a change in the machine's load
   touches all of them alike rather than one peer's whole series. A peer gets
   `repeat` samples, fewer (never under MIN_REPEAT) when one run takes long
   enough to blow the per-series time budget. With `quick`, the check run
   counts as the first sample (the small sizes are for checking, and each
   Numba process costs a second of start-up whatever the size).
4. Count instructions of the native executables (optional, slow).
"""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import counts
from .measure import build_launcher, run_measured
from .peers import Prepared, Toolchain, c_compiler, prepare
from .results import PEERS, PeerResult, ProgramResult, RunResult
from .suite import Program

MIN_REPEAT = 3


@dataclass
class Settings:
    quick: bool = False
    repeat: int = 10
    budget: float = 20.0  # seconds of timed runs per program and peer, at most (MIN_REPEAT aside)
    peers: list[str] = field(default_factory=lambda: list(PEERS))
    counts: bool = False
    tools: Toolchain = field(default_factory=Toolchain.default)


class NullProgress:
    """What the runner reports to: `add(n)` more steps are planned; `step(text)` one is done."""

    def add(self, steps: int) -> None:
        pass

    def step(self, text: str) -> None:
        pass


@dataclass
class _Series:
    """One program under one peer during a run."""

    ready: Prepared
    result: PeerResult
    runs: int = 0  # timed runs planned


def run_suite(programs: list[Program], settings: Settings, progress=None,
              commit: tuple[str, bool] | None = None) -> RunResult:
    progress = progress or NullProgress()
    started = datetime.datetime.now().isoformat(timespec="seconds")
    commit_id, dirty = commit or git_commit(Path(__file__))  # before measuring: the tree may change meanwhile
    load_before = _load()
    peers = ["cpython"] + [p for p in settings.peers if p != "cpython"]  # CPython first: the oracle
    progress.add(len(programs) * len(peers) * 2)
    with tempfile.TemporaryDirectory(prefix="pyrite-bench-") as tmp:
        settings.tools.launcher = build_launcher(c_compiler(), Path(tmp))
        series: dict[tuple[str, str], _Series] = {}
        expected: dict[str, str | None] = {}
        for program in programs:
            size = program.size(settings.quick)
            for peer in peers:
                progress.step(f"build {program.name}: {peer}")
                ready = prepare(peer, program, size, Path(tmp) / program.name, settings.tools)
                series[program.name, peer] = _Series(ready, _from_prepared(ready))
            expected[program.name] = _check(program.name, peers, series, settings, progress)
        _time(programs, settings, series, expected, progress)
        if settings.counts:
            _count(programs, series, progress)
    results = [ProgramResult(p.name, p.size(settings.quick), p.pending,
                             {peer: series[p.name, peer].result for peer in peers
                              if peer in settings.peers or series[p.name, peer].result.status != "ok"},
                             build=series[p.name, "pyrite"].ready.build if (p.name, "pyrite") in series else None)
               for p in programs]
    record = dict(_settings_record(settings), load_average_before=load_before, load_average_after=_load())
    return RunResult(date=started, commit=commit_id, dirty=dirty, machine=machine(), quick=settings.quick,
                     settings=record, programs=results)


def _check(name: str, peers: list[str], series, settings: Settings, progress) -> str | None:
    """Run each peer of one program once; returns CPython's output (None if CPython failed)."""
    expected = None
    for peer in peers:
        one = series[name, peer]
        progress.step(f"check {name}: {peer}")
        if one.result.status != "ok":
            continue
        if peer != "cpython" and expected is None:
            one.result.status, one.result.detail = "failed", "not checked: CPython itself failed"
            continue
        done = run_measured(one.ready.cmd, env=one.ready.env, timeout=settings.tools.timeout,
                            times_file=one.ready.times_file, launcher=settings.tools.launcher)
        _verdict(done, expected, one.result)
        if peer == "cpython" and one.result.status == "ok":
            expected = done.stdout
        one.runs = _repeats(settings, done.sample.run_wall) if one.result.status == "ok" else 0
        if settings.quick and one.runs:
            one.result.samples.append(done.sample)
            one.runs -= 1
    return expected


def _from_prepared(ready: Prepared) -> PeerResult:
    size = ready.binary.stat().st_size if ready.binary and ready.binary.exists() else None
    return PeerResult(status=ready.status, detail=ready.detail, binary_bytes=size)


def _verdict(done, expected: str | None, result: PeerResult) -> None:
    """Mark `result` failed or mismatched if this run went wrong."""
    if done.timed_out:
        result.status, result.detail = "failed", "timed out"
    elif done.status != 0:
        last = done.stderr.strip().splitlines()[-1:] or ["(nothing on stderr)"]
        result.status, result.detail = "failed", f"exit status {done.status}: {last[0]}"
    elif expected is not None and done.stdout != expected:
        result.status, result.detail = "mismatch", first_difference(expected, done.stdout)


def first_difference(expected: str, got: str) -> str:
    want, have = expected.splitlines(), got.splitlines()
    for line, (a, b) in enumerate(zip(want, have), 1):
        if a != b:
            return f"line {line}: CPython printed {a!r}, this peer {b!r}"
    return f"CPython printed {len(want)} lines, this peer {len(have)}"


def _repeats(settings: Settings, seconds: float) -> int:
    if seconds <= 0:
        return settings.repeat
    return min(settings.repeat, max(MIN_REPEAT, int(settings.budget / seconds)))


def _time(programs, settings: Settings, series, expected, progress) -> None:
    """Interleaved rounds: each round runs every program under every peer once (rotating the order)."""
    progress.add(sum(one.runs for one in series.values()))
    peers = list(settings.peers)
    for round_ in range(max((one.runs for one in series.values()), default=0)):
        shift = round_ % len(peers)
        for program in programs:
            for peer in peers[shift:] + peers[:shift]:
                one = series.get((program.name, peer))
                if one is None or one.runs <= round_:
                    continue
                progress.step(f"run {program.name}: {peer}")
                if one.result.status == "ok":
                    _sample(one, expected[program.name], settings)


def _sample(one: _Series, expected: str | None, settings: Settings) -> None:
    done = run_measured(one.ready.cmd, env=one.ready.env, timeout=settings.tools.timeout,
                        times_file=one.ready.times_file, launcher=settings.tools.launcher)
    _verdict(done, expected, one.result)
    if one.result.status == "ok":
        one.result.samples.append(done.sample)
    else:
        one.result.detail = f"in a timed run: {one.result.detail}"


def _count(programs, series, progress) -> None:
    natives = [(p.name, peer) for p in programs for peer in ("pyrite", "c")
               if (p.name, peer) in series and series[p.name, peer].result.status == "ok"]
    progress.add(len(natives))
    for name, peer in natives:
        progress.step(f"count {name}: {peer}")
        series[name, peer].result.instructions = counts.count_instructions(series[name, peer].ready.cmd)


def git_commit(anywhere_inside: Path) -> tuple[str, bool]:
    """(commit hash, whether the work tree has changes) of the checkout holding this file."""
    git = shutil.which("git")
    if git is None:
        return "unknown", False
    here = str(anywhere_inside.resolve().parent)
    try:
        head = subprocess.run([git, "-C", here, "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
        status = subprocess.run([git, "-C", here, "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown", False
    if head.returncode != 0:
        return "unknown", False
    return head.stdout.strip(), bool(status.stdout.strip())


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    return f"{platform.machine()}, {model}, {os.cpu_count()} cores, {platform.system()}"


def _settings_record(settings: Settings) -> dict:
    return {"repeat": settings.repeat, "budget": settings.budget, "peers": settings.peers,
            "compile_repeat": settings.tools.compile_repeat, "counts": settings.counts,
            "counter": counts.counter() if settings.counts else None}


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: how busy the machine was (it shares its cores)."""
    return [round(v, 2) for v in os.getloadavg()] if hasattr(os, "getloadavg") else None
