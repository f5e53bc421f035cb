"""The differential oracle: one program under CPython, the IR interpreter and native code.

    result = check_program(text, "seed-7.py")
    if not result.ok: print(result.signature, result.detail)

Stages: "cpython" (the reference; run in this process with exec, which is safe
because generated programs terminate and recurse shallowly), "interp-O0",
"interp-O1" and "interp-O2" (`ir.interp.run_module` in process), "native-O0" and "native-O2"
(JIT in a forked child: compiled code ends with the C library's `exit`, so it
cannot run in this process). Each outcome is (stdout, last stderr line, status).
A CompileError is a failure of kind "rejected" (the generator left the
subset); any other compiler exception is "ice".
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import re
import select
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field

from ..diagnostics import CompileError

NATIVE_TIMEOUT = 20.0
INTERP_MAX_STEPS = 20_000_000


@dataclass(frozen=True)
class Outcome:
    stdout: str
    last_stderr: str
    status: int


@dataclass
class Result:
    ok: bool
    signature: str = ""  # what went wrong, for deduplication
    detail: str = ""
    outcomes: dict[str, Outcome] = field(default_factory=dict)


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def run_cpython(text: str, filename: str) -> Outcome:
    """Run the program with this interpreter, in process, capturing its output."""
    out, err = io.StringIO(), io.StringIO()
    status = 0
    namespace = {"__name__": "__main__", "__file__": filename}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            exec(compile(text, filename, "exec"), namespace)
        except SystemExit as exc:
            code = exc.code
            if code is None:
                status = 0
            elif isinstance(code, int):
                status = code & 0xFF
            else:
                print(code, file=sys.stderr)
                status = 1
        except Exception as exc:  # the program's own uncaught exception
            print("".join(traceback.format_exception_only(exc)), file=sys.stderr, end="")
            status = 1
    return Outcome(out.getvalue(), last_line(err.getvalue()), status)


def compile_ir(path: str):
    """Frontend + irgen once; the -O0, -O1 and -O2 modules (optimisation mutates)."""
    from ..driver.compile import Options, optimize, python_to_ir

    base = python_to_ir(path)
    return {level: optimize(copy.deepcopy(base), Options(level=level)) for level in (0, 1, 2)}


def run_interp(module) -> Outcome:
    from ..ir.interp import run_module

    out, err = io.StringIO(), io.StringIO()
    status = run_module(module, out, err, INTERP_MAX_STEPS)
    return Outcome(out.getvalue(), last_line(err.getvalue()), status)


def run_native(module, level: int, workdir: str) -> Outcome:
    """JIT and run `module` in a forked child with stdout/stderr sent to files."""
    from ..backend import jit  # imported (and LLVM initialised) here once, not in every child

    out_path, err_path = os.path.join(workdir, f"out{level}"), os.path.join(workdir, f"err{level}")
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child
        status = 3
        try:
            fd_out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            fd_err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd_out, 1)
            os.dup2(fd_err, 2)
            status = jit.run_jit(module, level, ["prog"])
            import ctypes

            ctypes.CDLL(None).fflush(None)
        except BaseException as exc:  # a backend crash: report as an internal error
            try:
                os.write(2, f"\npyrite: internal compiler error: {type(exc).__name__}: {exc}\n".encode())
            except Exception:
                pass
            status = 3
        finally:
            os._exit(status & 0xFF)
    status = _wait(pid, NATIVE_TIMEOUT)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return Outcome(stdout, last_line(stderr), status)


def _wait(pid: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    while True:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            if fd is not None:
                os.close(fd)
            return -999  # timeout
        if fd is not None:
            select.select([fd], [], [], left)
        else:
            time.sleep(0.002)
    if fd is not None:
        os.close(fd)
    if os.WIFSIGNALED(raw):
        return -os.WTERMSIG(raw)
    return os.WEXITSTATUS(raw)


def overflow_ok(ref: Outcome, outcome: Outcome) -> bool:
    """Pyrite's documented deviation: CPython's output cut before its first out-of-range int, then OverflowError."""
    if outcome.status != 1 or not outcome.last_stderr.startswith("OverflowError") or not ref.stdout.startswith(outcome.stdout):
        return False
    rest = ref.stdout[len(outcome.stdout):]
    first = rest.split(None, 1)[0] if rest.strip() else ""  # what Pyrite refused to print
    return any(not -(2**63) <= int(tok) < 2**63 for tok in _INT.findall(first))


_INT = re.compile(r"(?<![\w.])-?\d+(?![\w.])")


def _first_difference(a: Outcome, b: Outcome) -> tuple[str, str]:
    """(kind, text) of the first difference between the reference `a` and `b`."""
    if a.stdout != b.stdout:
        la, lb = a.stdout.split("\n"), b.stdout.split("\n")
        for i, (x, y) in enumerate(zip(la, lb)):
            if x != y:
                return "stdout", f"line {i + 1}: expected {x!r}, got {y!r}"
        return "stdout-length", f"expected {len(la)} lines, got {len(lb)}"
    if a.last_stderr != b.last_stderr:
        return "stderr", f"expected {a.last_stderr!r}, got {b.last_stderr!r}"
    return "status", f"expected status {a.status}, got {b.status}"


def _line_kind(text: str) -> str:
    """A coarse class of a diverging line, so one bug gives one signature."""
    if "got" not in text:
        return ""
    got = text.split("got", 1)[1]
    for word in ("Error", "nan", "inf", "e+", "e-", "."):
        if word in got:
            return word
    return "int" if any(c.isdigit() for c in got) else "other"


def check_program(text: str, filename: str = "fuzz.py", native: tuple[int, ...] = (0, 2)) -> Result:
    """Run every stage; the first stage that disagrees with CPython decides the signature."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))  # as the CLI does
    outcomes = {"cpython": run_cpython(text, filename)}
    with tempfile.TemporaryDirectory(prefix="pyrite-fuzz-") as tmp:
        path = os.path.join(tmp, os.path.basename(filename))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        try:
            modules = compile_ir(path)
        except CompileError as err:
            msg = "; ".join(d.message for d in err.diagnostics)
            return Result(False, f"rejected: {_strip(msg)}", msg, outcomes)
        except RecursionError as err:
            return Result(False, "ice: RecursionError", str(err), outcomes)
        except Exception as err:
            where = traceback.extract_tb(err.__traceback__)[-1]
            sig = f"ice: {type(err).__name__} at {os.path.basename(where.filename)}:{where.name}"
            return Result(False, sig, f"{type(err).__name__}: {err}", outcomes)
        for level in (0, 1, 2):
            try:
                outcomes[f"interp-O{level}"] = run_interp(modules[level])
            except Exception as err:
                return Result(False, f"interp-O{level} crash: {type(err).__name__}", f"{type(err).__name__}: {err}", outcomes)
        for level in native:
            outcomes[f"native-O{level}"] = run_native(modules[level], level, tmp)
    ref = outcomes["cpython"]
    differing = [stage for stage, outcome in outcomes.items() if outcome != ref and not overflow_ok(ref, outcome)]
    if not differing:
        return Result(True, outcomes=outcomes)
    stages, outcome = "+".join(differing), outcomes[differing[0]]
    kind, detail = _first_difference(ref, outcome)
    detail = f"{differing[0]}: {detail}"
    if outcome.status == 3 or "internal compiler error" in outcome.last_stderr:
        return Result(False, f"{stages} ice: {_strip(outcome.last_stderr)}", outcome.last_stderr, outcomes)
    if outcome.status == -999:
        return Result(False, f"{stages} timeout", detail, outcomes)
    return Result(False, f"{stages} {kind} {_line_kind(detail)}".strip(), detail, outcomes)


def _strip(message: str) -> str:
    """The message without numbers and quoted names, for deduplication."""
    message = re.sub(r"'[^']*'", "'_'", message)
    return re.sub(r"\d+", "N", message)[:120]
