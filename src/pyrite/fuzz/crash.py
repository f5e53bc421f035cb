"""The crash test: Pyrite still crashes in the same stage, the same way.

    test = CrashTest.of(text, "crash.py")   # NotInteresting if no stage crashes
    test(candidate)                         # True: the same first crash

The signature is the first stage that crashes (compile, the -O1/-O2 pass
pipeline, LLVM lowering, the interpreter, a native run exiting 3 or dying by a
signal, or any of them hanging), the exception's type and its innermost frame
in Pyrite's own code (file:function). A CompileError is no crash: rejecting a
program with a diagnostic is right. A crashing candidate must stay
CPython-valid if the original was.
"""

from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass

from ..diagnostics import CompileError
from .interesting import MIN_TIMEOUT, ForkedTest, NotInteresting, Program, cpython_rejects, cpython_with_limit, error_type
from .isolate import Isolated, run_isolated
from .oracle import run_cpython

PROBE_TIMEOUT = 60.0  # seconds for finding the original's crash: a stage running longer is a hang


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
                program = Program(path)
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


def _run_crash_stage(program: Program, stage: str) -> Crash | None:
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


class CrashTest(ForkedTest):
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
            why = cpython_rejects(cpython_with_limit(text, self.path, 5.0), "")
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
