"""The mismatch test: Pyrite still differs from CPython in the same way, in a well-defined program.

    test = MismatchTest.of(text, "seed-55.py")   # NotInteresting if every stage agrees
    test(candidate)                              # True: the same first stage differs, the same way

The signature is the first stage, in the oracle's order interp-O0, interp-O1,
interp-O2, native-O0, native-O2, whose outcome differs from CPython's, and the
kind of difference (stdout, stdout-length, stderr or status, plus the oracle's
coarse class of the diverging text). A candidate must also stay a
well-defined program that Pyrite accepts: CPython runs it and ends normally,
by sys.exit, or with a deliberate error (ZeroDivisionError, ValueError,
AssertionError, or whatever the original raised); Pyrite compiles it; and the
reference stage, which agreed in the original and checks the target stage's
input (interp-O0 for a pass or -O0 backend bug, interp-O2 for an -O2 backend
bug), still agrees with CPython, up to the documented 64-bit OverflowError,
while the target does something else. Without a reference stage (an
interp-O0 mismatch), ints beyond 64 bits and Pyrite's documented deviations
(int ** negative int, negative float ** fraction) or a RecursionError do not
count: the program itself may be what causes them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..diagnostics import CompileError
from .interesting import (CPYTHON_MIN_SECONDS, CPYTHON_SLACK, MIN_TIMEOUT, ForkedTest, NotInteresting, Program,
                          cpython_rejects, cpython_with_limit, error_type)
from .oracle import Outcome, check_program, overflow_ok, run_cpython
from .oracle import _first_difference, _line_kind  # the oracle's own notion of a difference

DEVIATIONS = (  # Pyrite's documented differences from CPython (README), and the recursion limit
    "OverflowError: integer overflow",
    "ValueError: negative exponent: Pyrite computes int ** int as an int",
    "ValueError: negative number cannot be raised to a fractional power",
    "RecursionError",
)
STAGES = ("interp-O0", "interp-O1", "interp-O2", "native-O0", "native-O2")
REFERENCE = {"interp-O0": None, "interp-O1": "interp-O0", "interp-O2": "interp-O0",
             "native-O0": "interp-O0", "native-O2": "interp-O2"}


@dataclass(frozen=True)
class Mismatch:
    stage: str  # the first stage that differs from CPython
    kind: str  # stdout | stdout-length | stderr | status
    line_kind: str  # the oracle's class of the diverging text ("int", ".", "Error", ...)
    cpython_error: str  # the exception type CPython's run ended with, or ""

    def __str__(self) -> str:
        return f"{self.stage} {self.kind} {self.line_kind}".strip()


def mismatch_of(text: str, filename: str) -> tuple[Mismatch, str]:
    """The signature of `text`'s first differing stage, and its detail; NotInteresting if none."""
    result = check_program(text, filename)
    if result.ok:
        raise NotInteresting("every stage agrees with CPython")
    ref = result.outcomes["cpython"]
    for stage in STAGES:
        outcome = result.outcomes.get(stage)
        if outcome is not None and outcome != ref and not overflow_ok(ref, outcome):
            kind, detail = _first_difference(ref, outcome)
            sig = Mismatch(stage, kind, _line_kind(detail), error_type(ref.last_stderr) if ref.status == 1 else "")
            return sig, f"{stage}: {detail}"
    if "StepLimitExceeded" in result.signature:
        raise NotInteresting("the IR interpreter ran out of steps: the program runs too long for the oracle")
    raise NotInteresting(f"not a mismatch but {result.signature!r} (try --crash)")


def _is_deviation(outcome: Outcome) -> bool:
    return outcome.last_stderr.startswith(DEVIATIONS)


def mismatch_reason(text: str, path: str, sig: Mismatch, cpython_seconds: float) -> str:
    """'' if `text` (written at `path`) shows `sig`; else why not.

    Two Pyrite stages must never disagree, so once the target stage differs
    from CPython in the signature's way, the reference stage settles it: if it
    matches CPython, or matches it up to the documented 64-bit OverflowError,
    and the target does something else, the target is wrong.
    """
    reference = REFERENCE[sig.stage]
    ref = cpython_with_limit(text, path, cpython_seconds)
    why = cpython_rejects(ref, sig.cpython_error, big_ints=reference is not None)
    if why:
        return why
    try:
        program = Program(path)
    except CompileError as err:
        return f"Pyrite rejects it: {err.diagnostics[0].message}"
    outcome = program.run(sig.stage)
    if outcome == ref or overflow_ok(ref, outcome):
        return f"{sig.stage} agrees with CPython"
    kind, detail = _first_difference(ref, outcome)
    if (kind, _line_kind(detail)) != (sig.kind, sig.line_kind):
        return f"a different difference: {kind} {_line_kind(detail)} ({detail})"
    if reference is None:
        return f"{sig.stage} shows a documented deviation: {outcome.last_stderr}" if _is_deviation(outcome) else ""
    checked = program.run(reference)
    if checked != ref and not overflow_ok(ref, checked):
        return f"{reference} differs from CPython too"
    return "" if checked != outcome else f"{reference} does the same as {sig.stage}"


class MismatchTest(ForkedTest):
    def __init__(self, sig: Mismatch, filename: str, timeout: float, cpython_seconds: float):
        super().__init__(filename, timeout)
        self.signature, self.cpython_seconds = sig, cpython_seconds

    @classmethod
    def of(cls, text: str, filename: str, timeout: float | None = None) -> "MismatchTest":
        sig, detail = mismatch_of(text, filename)
        start = time.monotonic()
        run_cpython(text, filename)
        cpython_seconds = max(CPYTHON_MIN_SECONDS, CPYTHON_SLACK * (time.monotonic() - start))
        test = cls(sig, filename, timeout or 1e9, cpython_seconds)
        start = time.monotonic()
        why = test.reason(text)
        if why:
            test.close()
            raise NotInteresting(f"{sig}: {detail}, but {why}")
        test.timeout = timeout or max(MIN_TIMEOUT, 5 * (time.monotonic() - start))
        test.detail = detail
        return test

    def _check(self, text: str, note) -> str:
        return mismatch_reason(text, self.path, self.signature, self.cpython_seconds)
