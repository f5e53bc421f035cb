"""Made-up benchmark runs for the harness's tests: history, gate, dashboard."""

from __future__ import annotations

import random

from pyrite.bench.measure import Sample
from pyrite.bench.results import Build, PeerResult, ProgramResult, RunResult

BASE_SECONDS = {"fib": 0.040, "mandelbrot": 0.030, "nbody": 0.060}


def samples(seconds: float, count: int, rng: random.Random, rss_kb: int = 1500) -> list[Sample]:
    """`count` runs around `seconds` with a little noise (±2%)."""
    out = []
    for _ in range(count):
        t = seconds * (1 + rng.uniform(-0.02, 0.02))
        out.append(Sample(wall=t + 0.001, cpu=t + 0.0005, rss_kb=rss_kb, run_wall=t, run_cpu=t))
    return out


def make_run(seed: int, *, slower: dict[str, float] | None = None, compile_factor: float = 1.0,
             binary_bytes: int = 17000, commit: str = "0" * 40, quick: bool = False,
             lost: str | None = None, count: int = 10) -> RunResult:
    """A run of three programs; `slower` multiplies Pyrite's time of the named programs."""
    rng = random.Random(seed)
    programs = []
    for name, seconds in BASE_SECONDS.items():
        factor = (slower or {}).get(name, 1.0)
        peers = {
            "pyrite": PeerResult("ok", samples=samples(seconds * factor, count, rng), binary_bytes=binary_bytes),
            "c": PeerResult("ok", samples=samples(seconds * 0.9, count, rng), binary_bytes=16000),
            "cpython": PeerResult("ok", samples=samples(seconds * 30, 3, rng, rss_kb=11000)),
            "pypy": PeerResult("ok", samples=samples(seconds * 4, 3, rng, rss_kb=60000)),
            "numba": PeerResult("n/a", "numba is not installed"),
        }
        build = Build(compile_s=[0.6 * compile_factor * (1 + rng.uniform(-0.02, 0.02)) for _ in range(3)],
                      passes={"mem2reg": 0.001, "dce": 0.0005}, binary_bytes=binary_bytes)
        if name == lost:
            peers["pyrite"] = PeerResult("failed", "exit status 1: ValueError")
            build = None
        programs.append(ProgramResult(name, 10, None, peers, build))
    programs.append(ProgramResult("sort", 1000, "needs list[int]", {
        "pyrite": PeerResult("pending", "lists are not supported yet"),
        "c": PeerResult("ok", samples=samples(0.01, count, rng)),
        "cpython": PeerResult("ok", samples=samples(0.3, 3, rng))}))
    return RunResult(date=f"2026-11-{10 + seed % 20:02d}T12:00:00", commit=commit, dirty=False,
                     machine="x86_64, test machine, 2 cores, Linux", quick=quick,
                     settings={"repeat": count}, programs=programs)
