"""The regression gate: is a run slower than a baseline beyond noise?

For each program Pyrite ran in both, the timed samples are compared with a
one-sided Mann-Whitney U test, and a change counts only when it is both
significant (p <= alpha) and large (the medians differ by more than the
threshold, 5% by default): the two-part rule LNT and asv use, because with
enough samples a real but tiny shift is always "significant". (With three
samples on each side the smallest p there is, 1/20 = 0.05, means every new
sample is above every old one; hence <= rather than <.) Compile time
gets the same test on its samples (its own threshold); binary size is
deterministic, so any growth beyond its budget counts. A program that Pyrite
built and ran in the baseline but not now (rejected, failing, mismatching) is
a regression too.
"""

from __future__ import annotations

from dataclasses import dataclass

from .results import ProgramResult, RunResult
from .stats import mann_whitney_greater, median


@dataclass
class Thresholds:
    time: float = 0.05
    compile: float = 0.10
    size: float = 0.02
    alpha: float = 0.05


@dataclass
class Finding:
    program: str
    what: str  # "time", "compile time", "binary size", "status"
    old: float | None
    new: float | None
    p: float | None
    verdict: str  # "slower", "faster", "same", "larger", "smaller", "lost"

    @property
    def regression(self) -> bool:
        return self.verdict in ("slower", "larger", "lost")

    def describe(self) -> str:
        if self.verdict == "lost":
            return f"{self.program}: Pyrite ran it in the baseline, now: {self.what}"
        unit = "bytes" if self.what == "binary size" else "s"
        change = (self.new / self.old - 1) * 100 if self.old else 0.0
        p = f", p={self.p:.3g}" if self.p is not None else ""
        return (f"{self.program}: {self.what} {self.old:.6g} {unit} -> {self.new:.6g} {unit} "
                f"({change:+.1f}%{p}): {self.verdict.upper()}")


def compare(base: RunResult, new: RunResult, metric: str = "cpu", limits: Thresholds | None = None) -> list[Finding]:
    limits = limits or Thresholds()
    findings = []
    for program in new.programs:
        old = base.program(program.name)
        if old is not None:
            findings.extend(_compare_program(old, program, metric, limits))
    return findings


def _compare_program(old: ProgramResult, new: ProgramResult, metric: str, limits: Thresholds) -> list[Finding]:
    before, after = old.peers.get("pyrite"), new.peers.get("pyrite")
    if before is None or after is None or before.status != "ok" or not before.samples:
        return []
    if after.status != "ok" or not after.samples:
        return [Finding(new.name, f"{after.status} ({after.detail})", None, None, None, "lost")]
    found = [_shift(new.name, "time", [s.metric(metric) for s in before.samples],
                    [s.metric(metric) for s in after.samples], limits.time, limits.alpha)]
    if old.build and new.build:
        found.append(_shift(new.name, "compile time", old.build.compile_s, new.build.compile_s,
                            limits.compile, limits.alpha))
        found.append(_size(new.name, old.build.binary_bytes, new.build.binary_bytes, limits.size))
    return found


def _shift(name: str, what: str, old: list[float], new: list[float], threshold: float, alpha: float) -> Finding:
    a, b = median(old), median(new)
    slower_p = mann_whitney_greater(new, old)
    faster_p = mann_whitney_greater(old, new)
    if slower_p <= alpha and b > a * (1 + threshold):
        return Finding(name, what, a, b, slower_p, "slower")
    if faster_p <= alpha and b < a * (1 - threshold):
        return Finding(name, what, a, b, faster_p, "faster")
    return Finding(name, what, a, b, slower_p, "same")


def _size(name: str, old: int, new: int, budget: float) -> Finding:
    verdict = "larger" if new > old * (1 + budget) else "smaller" if new < old else "same"
    return Finding(name, "binary size", old, new, None, verdict)
