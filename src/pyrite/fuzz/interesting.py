"""Interestingness tests: does a candidate program still show the same failure?

    test = MismatchTest.of(text, "seed-55.py")   # raises NotInteresting if text shows no mismatch
    test(candidate_text)                         # True: still the same difference
    test.reason(candidate_text)                  # "" or why not, for people and tests

The reducer (reduce.py) keeps a smaller program only while the test says yes.
Each test first takes a *signature* from the original program and then asks
of every candidate "same signature?":

- MismatchTest: the first stage (in the oracle's order interp-O0, interp-O1,
  interp-O2, native-O0, native-O2) whose outcome differs from CPython's, and
  the kind of difference (stdout, stdout-length, stderr or status, plus the
  oracle's coarse class of the diverging text). A candidate must also stay a
  well-defined program that Pyrite accepts: CPython runs it and ends normally,
  by sys.exit, or with a deliberate error (ZeroDivisionError, ValueError,
  AssertionError, or whatever the original raised); it prints no int outside
  64 bits; Pyrite compiles it; and the stage that agreed in the original and
  checks the target stage's input (interp-O0 for a pass or -O0 backend bug,
  interp-O2 for an -O2 backend bug) still agrees with CPython. A difference
  that is one of Pyrite's documented deviations (the 64-bit OverflowError,
  int ** negative int, negative float ** fraction) or a RecursionError counts
  only when that reference stage ran the same program without it, which
  proves the program itself does not cause it.
- CrashTest: the first stage that crashes (compile, the -O1/-O2 pass pipeline,
  LLVM lowering, the interpreter, a native run exiting 3) and the exception's
  type and innermost Pyrite frame (file:function). A crashing candidate must
  stay CPython-valid if the original was.
- CommandTest: a shell command exits 0 (C-Reduce's convention). It runs in a
  fresh directory holding the candidate under the input's file name, with the
  candidate's path appended as the last argument (shrinkray's convention), so
  scripts written for either tool work.

Mismatch and crash checks run in a forked child with a time limit (see
isolate.py): candidates may loop forever or hang the compiler.
"""

from __future__ import annotations

import copy
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import traceback
from dataclasses import dataclass

from ..diagnostics import CompileError
from .isolate import Isolated, run_isolated
from .oracle import Outcome, check_program, overflow_ok, run_cpython, run_interp, run_native
from .oracle import _INT, _first_difference, _line_kind  # the oracle's own notions of an int and of a difference

DELIBERATE = ("ZeroDivisionError", "ValueError", "AssertionError")
DEVIATIONS = (  # Pyrite's documented differences from CPython (README), and the recursion limit
    "OverflowError: integer overflow",
    "ValueError: negative exponent: Pyrite computes int ** int as an int",
    "ValueError: negative number cannot be raised to a fractional power",
    "RecursionError",
)
STAGES = ("interp-O0", "interp-O1", "interp-O2", "native-O0", "native-O2")
REFERENCE = {"interp-O0": None, "interp-O1": "interp-O0", "interp-O2": "interp-O0",
             "native-O0": "interp-O0", "native-O2": "interp-O2"}
MIN_TIMEOUT = 10.0  # seconds per candidate at least; more if the original itself is slow
PROBE_TIMEOUT = 60.0  # seconds for finding the original's crash: a stage running longer is a hang
# A candidate may run this many times longer than the original under CPython, and at least
# CPYTHON_MIN_SECONDS: removing a loop's increment is a common candidate, and each costs this.
CPYTHON_SLACK = 5.0
CPYTHON_MIN_SECONDS = 0.25


class NotInteresting(Exception):
    """The original program does not show the failure the test looks for."""


def error_type(last_stderr: str) -> str:
    """'ZeroDivisionError' of 'ZeroDivisionError: division by zero'; '' for no error."""
    match = re.match(r"([A-Za-z_][\w.]*)(:|$)", last_stderr)
    return match.group(1) if match else ""


# ---- mismatch ----------------------------------------------------------------------------

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


def cpython_rejects(ref: Outcome, allowed_error: str, big_ints: bool = False) -> str:
    """Why CPython's outcome makes a candidate ill-defined, or ''. Ints beyond 64 bits only if `big_ints`."""
    if ref.status == -999:
        return "CPython ran too long"
    if ref.status == 1 and ref.last_stderr:
        kind = error_type(ref.last_stderr)
        if kind not in DELIBERATE and kind != allowed_error:
            return f"CPython raised {ref.last_stderr!r}"
    for token in [] if big_ints else _INT.findall(ref.stdout):
        if not -(2**63) <= int(token) < 2**63:
            return f"CPython printed {token[:30]}, which does not fit in 64 bits"
    return ""


def _is_deviation(outcome: Outcome) -> bool:
    return outcome.last_stderr.startswith(DEVIATIONS)


class _Program:
    """A candidate written to a file: the path Pyrite compiles, modules made on demand."""

    def __init__(self, path: str):
        from ..driver.compile import python_to_ir

        self.path = path
        self.base = python_to_ir(path)
        self.modules: dict[int, object] = {}

    def module(self, level: int):
        from ..driver.compile import Options, optimize

        if level not in self.modules:
            self.modules[level] = optimize(copy.deepcopy(self.base), Options(level=level))
        return self.modules[level]

    def run(self, stage: str) -> Outcome:
        engine, level = stage.split("-O")
        if engine == "interp":
            return run_interp(self.module(int(level)))
        return run_native(self.module(int(level)), int(level), os.path.dirname(self.path))


def mismatch_reason(text: str, path: str, sig: Mismatch, cpython_seconds: float) -> str:
    """'' if `text` (written at `path`) shows `sig`; else why not.

    Two Pyrite stages must never disagree, so once the target stage differs
    from CPython in the signature's way, the reference stage settles it: if it
    matches CPython, or matches it up to the documented 64-bit OverflowError,
    and the target does something else, the target is wrong.
    """
    reference = REFERENCE[sig.stage]
    ref = _cpython_with_limit(text, path, cpython_seconds)
    why = cpython_rejects(ref, sig.cpython_error, big_ints=reference is not None)
    if why:
        return why
    try:
        program = _Program(path)
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


class _Slow(BaseException):
    """Raised by SIGALRM inside a CPython run that took too long (not an Exception: the program cannot catch it)."""


def _cpython_with_limit(text: str, path: str, seconds: float) -> Outcome:
    def alarm(signum, frame):
        raise _Slow()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return run_cpython(text, path)
    except _Slow:
        return Outcome("", "", -999)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


class _ForkedTest:
    """Shared by the mismatch and crash tests: write the candidate, check it in a child."""

    def __init__(self, filename: str, timeout: float):
        self.workdir = tempfile.mkdtemp(prefix="pyrite-reduce-")
        self.path = os.path.join(self.workdir, os.path.basename(filename))
        self.timeout = timeout

    def _check(self, text: str, note) -> str:
        raise NotImplementedError

    def _died(self, result: Isolated) -> str:
        return result.failure

    def reason(self, text: str) -> str:
        """'' if `text` shows the failure; else why not."""
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text)
        result = run_isolated(lambda note: self._check(text, note), self.timeout)
        return self._died(result) if result.failure else result.value

    def __call__(self, text: str) -> bool:
        return self.reason(text) == ""

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


class MismatchTest(_ForkedTest):
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


# ---- crash --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Crash:
    stage: str  # compile | passes-O1 | passes-O2 | lower-O0 | lower-O2 | interp-O0.. | native-O0 | native-O2
    error: str  # exception type, or "signal N" / "timeout"
    where: str  # innermost frame in Pyrite's own code, file.py:function ('' if unknown)

    def __str__(self) -> str:
        return f"{self.stage} crash: {self.error}" + (f" at {self.where}" if self.where else "")


CRASH_STAGES = ("compile", "passes-O1", "passes-O2", "lower-O0", "lower-O2",
                "interp-O0", "interp-O1", "interp-O2", "native-O0", "native-O2")


def _crash_at(exc: BaseException) -> tuple[str, str]:
    """(type, innermost Pyrite frame) of a compiler exception."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f"{os.sep}pyrite{os.sep}" in f.filename]
    where = f"{os.path.basename(frames[-1].filename)}:{frames[-1].name}" if frames else ""
    if isinstance(exc, RecursionError):
        where = ""  # the innermost frame of a runaway recursion is arbitrary
    return type(exc).__name__, where


def first_crash(path: str, note, target: str | None = None) -> Crash | None:
    """Run the stages in order and return the first crash (a CompileError is none).

    With a `target` stage, only the stages it depends on run, and it last.
    """
    from ..ir.interp import StepLimitExceeded

    program = None
    for stage in _stages_towards(target):
        note(stage)
        try:
            if stage == "compile":
                program = _Program(path)
            else:
                crash = _run_crash_stage(program, stage)
                if crash:
                    return crash
        except (CompileError, StepLimitExceeded):
            return None
        except Exception as exc:
            return Crash(stage, *_crash_at(exc))
    return None


def _stages_towards(target: str | None) -> list[str]:
    """compile and the pass pipelines always; interp for an interp target; lowering for lower and native."""
    if target is None:
        return list(CRASH_STAGES)
    kind = target.split("-")[0]
    wanted = {"compile": ("compile",), "passes": ("compile", "passes"), "interp": ("compile", "passes", "interp"),
              "lower": ("compile", "passes", "lower"), "native": ("compile", "passes", "lower", "native")}[kind]
    stages = [s for s in CRASH_STAGES if s.split("-")[0] in wanted]
    return stages[:stages.index(target) + 1]


def _run_crash_stage(program: _Program, stage: str) -> Crash | None:
    kind, level = stage.split("-O")
    if kind == "passes":
        program.module(int(level))
    elif kind == "lower":
        from ..backend.llvm_passes import optimize_llvm
        from ..backend.lower import lower_module

        optimize_llvm(lower_module(program.module(int(level))), int(level))
    else:
        outcome = program.run(stage)
        if outcome.status == 3 or "internal compiler error" in outcome.last_stderr:
            return Crash(stage, error_type(outcome.last_stderr.split("internal compiler error: ")[-1]), "")
        if kind == "native" and outcome.status < 0 and outcome.status != -999:
            return Crash(stage, f"signal {-outcome.status}", "")
    return None


class CrashTest(_ForkedTest):
    def __init__(self, sig: Crash, filename: str, timeout: float, needs_valid: bool):
        super().__init__(filename, timeout)
        self.signature, self.needs_valid = sig, needs_valid

    @classmethod
    def of(cls, text: str, filename: str, timeout: float | None = None) -> "CrashTest":
        test = cls(Crash("", "", ""), filename, timeout or PROBE_TIMEOUT, False)
        with open(test.path, "w", encoding="utf-8") as f:
            f.write(text)
        start = time.monotonic()
        result = run_isolated(lambda note: first_crash(test.path, note), test.timeout)
        if result.failure:  # the child died: the stage it was in is the crash
            test.signature = Crash(result.note, _death(result.failure), "")
        elif result.value is None:
            test.close()
            raise NotInteresting("no stage crashes: Pyrite compiles and runs it (or rejects it with a diagnostic)")
        else:
            test.signature = result.value
        test.needs_valid = not cpython_rejects(run_cpython(text, filename), "")
        if test.signature.error != "timeout":  # a hang keeps the probe's limit; anything else needs far less
            test.timeout = timeout or max(MIN_TIMEOUT, 3 * (time.monotonic() - start))
        return test

    def _check(self, text: str, note) -> str:
        if self.needs_valid:
            why = cpython_rejects(_cpython_with_limit(text, self.path, 5.0), "")
            if why:
                return why
        crash = first_crash(self.path, note, target=self.signature.stage)
        return "" if crash == self.signature else f"first crash is {crash}"

    def _died(self, result: Isolated) -> str:
        """A hang or a signal is its own signature: the child dying the same way in the same stage."""
        if Crash(result.note, _death(result.failure), "") == self.signature:
            return ""
        return f"{result.failure} in {result.note}"


def _death(failure: str) -> str:
    return "timeout" if failure.startswith("timeout") else failure.removeprefix("killed by ")


# ---- command ------------------------------------------------------------------------------

class CommandTest:
    """`CMD PATH` exits 0, run in a fresh directory holding the candidate as BASENAME."""

    def __init__(self, command: str, filename: str, timeout: float):
        self.command, self.basename, self.timeout = _absolute_program(command), os.path.basename(filename), timeout

    def reason(self, text: str) -> str:
        with tempfile.TemporaryDirectory(prefix="pyrite-reduce-") as tmp:
            path = os.path.join(tmp, self.basename)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            proc = subprocess.Popen(f"{self.command} {shlex.quote(path)}", shell=True, cwd=tmp, start_new_session=True,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                status = proc.wait(self.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return f"timeout after {self.timeout:.1f} s"
        return "" if status == 0 else f"the command exited {status}"

    def __call__(self, text: str) -> bool:
        return self.reason(text) == ""

    def close(self) -> None:
        pass


def _absolute_program(command: str) -> str:
    """Make a relative script path at the front of `command` absolute: the command runs elsewhere."""
    try:
        words = shlex.split(command)
    except ValueError:
        return command
    stripped = command.lstrip()
    if words and os.sep in words[0] and not os.path.isabs(words[0]) and os.path.exists(words[0]) \
            and stripped.startswith(words[0]):
        return shlex.quote(os.path.abspath(words[0])) + stripped[len(words[0]):]
    return command


__all__ = ["MismatchTest", "CrashTest", "CommandTest", "NotInteresting", "Mismatch", "Crash", "mismatch_of",
           "first_crash", "cpython_rejects"]
