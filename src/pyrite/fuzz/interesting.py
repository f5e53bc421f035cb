"""Interestingness tests: does a candidate program still show the same failure?

    test = MismatchTest.of(text, "seed-55.py")   # mismatch.py; NotInteresting if text shows none
    test(candidate_text)                         # True: still the same failure
    test.reason(candidate_text)                  # "" or why not, for people and tests

The reducer (reduce.py) keeps a smaller program only while the test says yes.
Each test takes a *signature* from the original program, then asks of every
candidate "same signature?":

- MismatchTest (mismatch.py): the first stage that differs from CPython and
  the kind of difference, in a program that stays well defined;
- CrashTest (crash.py): the first stage that crashes, the exception's type and
  the innermost Pyrite function;
- CommandTest (here): a shell command exits 0 (C-Reduce's convention). It runs
  in a fresh directory holding the candidate under the input's file name, with
  the candidate's path appended as the last argument (shrinkray's convention),
  so scripts written for either tool work.

This module holds what they share: what counts as a well-defined run under
CPython, a candidate compiled on demand at each -O level, and the forked,
time-limited check (isolate.py); candidates may loop forever or hang a pass.
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

from .isolate import Isolated, run_isolated
from .oracle import Outcome, run_cpython, run_interp, run_native
from .oracle import _INT  # the oracle's notion of an int in printed output

DELIBERATE = ("ZeroDivisionError", "ValueError", "AssertionError")
MIN_TIMEOUT = 10.0  # seconds per candidate at least; more if the original itself is slow
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


class Program:
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



class _Slow(BaseException):
    """Raised by SIGALRM inside a CPython run that took too long (not an Exception: the program cannot catch it)."""


def cpython_with_limit(text: str, path: str, seconds: float) -> Outcome:
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


class ForkedTest:
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
