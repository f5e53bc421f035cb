"""The differential oracle: one program under CPython, the IR interpreter and native code.

    result = check_program(text, "seed-7.py")
    if not result.ok: print(result.signature, result.detail)

Stages: "cpython" (the reference; run in this process with exec, which is safe
because generated programs terminate and recurse shallowly), "interp-O0",
"interp-O1" and "interp-O2" (`ir.interp.run_module` in process), "native-O0" and
"native-O2" (JIT in a forked child, against a runtime built once per process:
see native.py), and on request "build-O2" (`pyrite build`'s exact path: object
file, `cc`, executable) and "interp-O2-bisect" (a prefix of the -O2 pipeline,
with the pass manager's printing, timing and verify-each options on and the IR
text round trip checked). Each outcome is (stdout, last stderr line, status).

The frontend and irgen run once per program; the -O1 and -O2 pipelines each get
a copy of the result (`ir.clone`). A CompileError is a failure of kind "rejected"
(the generator left the subset); any other compiler exception is "ice".
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass, field

from ..diagnostics import CompileError
from .rejection import check_rejection, marked_line
from .native import NATIVE_TIMEOUT, TIMEOUT_STATUS, Outcome, last_line, run_built, run_native

INTERP_MAX_STEPS = 20_000_000
LEVELS = (0, 1, 2)

__all__ = ["Outcome", "Result", "check_program", "run_cpython", "run_interp", "run_native", "run_built",
           "compile_ir", "compile_text", "overflow_ok", "last_line", "NATIVE_TIMEOUT"]


@dataclass
class Result:
    ok: bool
    signature: str = ""  # what went wrong, for deduplication
    detail: str = ""
    outcomes: dict[str, Outcome] = field(default_factory=dict)


def run_cpython(text: str, filename: str) -> Outcome:
    """Run the program with this interpreter, in process, capturing its output."""
    out, err = io.StringIO(), io.StringIO()
    status = 0
    namespace = {"__name__": "__main__", "__file__": filename}
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        exec(compile(text, filename, "exec"), namespace)
    except SystemExit as exc:
        status = _exit_status(exc.code, err)
    except Exception as exc:  # the program's own uncaught exception
        _print_uncaught(exc)
        status = 1
    finally:
        sys.stdout, sys.stderr = saved
    return Outcome(out.getvalue(), last_line(err.getvalue()), status)


def _print_uncaught(exc: Exception) -> None:
    """Print `exc` to sys.stderr as the interpreter does on exit. CPython 3.11 adds the
    "Did you mean: 'x'?" of a NameError only there (in C, from the traceback's last
    frame), not in the traceback module, so this uses the interpreter's own hook."""
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


def _exit_status(code, err: io.StringIO) -> int:
    """What the process exit status would be after `sys.exit(code)`."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    err.write(f"{code}\n")
    return 1


def compile_text(text: str, filename: str, observe: bool = False, bisect_limit: int | None = None) -> dict:
    """Frontend + irgen once; the -O0, -O1 and -O2 modules (each pipeline gets its own copy).

    observe: the -O2 pipeline also verifies after every pass, prints the IR
    after every pass and times them (into a buffer), and the -O0 and -O2 results
    must survive the IR text round trip (print, parse, print: the same text).
    bisect_limit: also an -O2 module where only the first N pass runs happened
    (key "O2-bisect"); any prefix of the pipeline must keep the program's meaning."""
    from ..driver.compile import Options, optimize
    from ..frontend import check
    from ..ir.clone import clone_module
    from ..ir.verifier import verify
    from ..irgen import lower_module
    from ..passes.manager import PassOptions
    from ..passes.pipeline import PIPELINES

    base = lower_module(check(text, filename))
    verify(base, after="irgen")
    copies = {0: base, 1: clone_module(base), 2: clone_module(base)}
    if bisect_limit is not None:
        copies["O2-bisect"] = clone_module(base)
    passes = {level: PassOptions() for level in LEVELS}
    if observe:
        passes[2] = PassOptions(print_after_all=True, time_passes=True, verify_each=True, out=io.StringIO())
    # a level without passes (-O0) keeps `base`, verified above: optimize() would only verify it again
    modules = {level: optimize(copies[level], Options(level=level, passes=passes[level])) if PIPELINES[level]
               else copies[level] for level in LEVELS}
    if bisect_limit is not None:
        limited = PassOptions(bisect_limit=bisect_limit, out=io.StringIO())
        modules["O2-bisect"] = optimize(copies["O2-bisect"], Options(level=2, passes=limited))
    if observe:
        for level in (0, 2):
            check_round_trip(modules[level], filename)
    return modules


class RoundTripError(Exception):
    """Printing a module, parsing the text and printing it again gave different text."""


def check_round_trip(module, filename: str) -> None:
    from ..ir.parser import parse_module
    from ..ir.printer import print_module

    text = print_module(module)
    again = print_module(parse_module(text, filename))
    if again != text:
        first = next(i for i, (a, b) in enumerate(zip(text.splitlines(), again.splitlines() + [""])) if a != b)
        raise RoundTripError(f"line {first + 1}: printed {text.splitlines()[first]!r}, "
                             f"reprinted {(again.splitlines() + [''])[first]!r}")


def compile_ir(path: str) -> dict:
    """compile_text for a file."""
    from ..driver.compile import read_source

    return compile_text(read_source(path), path)


def run_interp(module) -> Outcome:
    from ..ir.interp import run_module

    out, err = io.StringIO(), io.StringIO()
    status = run_module(module, out, err, INTERP_MAX_STEPS)
    return Outcome(out.getvalue(), last_line(err.getvalue()), status)


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


def check_program(text: str, filename: str = "fuzz.py", native: tuple[int, ...] = (0, 2),
                  build: bool = False, observe: bool = False) -> Result:
    """Run every stage; the first stage that disagrees with CPython decides the signature.

    `native`: the -O levels to run as JIT-compiled native code; `build`: also
    build an executable at -O2 the way `pyrite build` does, and run it;
    `observe`: compile with the pass manager's observability options, check the
    IR text round trip, and run a partial -O2 pipeline (stage "interp-O2-bisect")."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))  # as the CLI does
    rejected = marked_line(text)
    if rejected is not None:  # a deliberate compile error: Pyrite is the oracle of its own rules
        return check_rejection(text, filename, rejected)
    outcomes = {"cpython": run_cpython(text, filename)}
    bisect_limit = random.Random(text).randrange(40) if observe else None
    try:
        modules = compile_text(text, filename, observe, bisect_limit)
    except CompileError as err:
        msg = "; ".join(d.message for d in err.diagnostics)
        return Result(False, f"rejected: {_strip(msg)}", msg, outcomes)
    except RecursionError as err:
        return Result(False, "ice: RecursionError", str(err), outcomes)
    except Exception as err:
        return Result(False, f"ice: {crash_site(err)}", f"{type(err).__name__}: {err}", outcomes)
    stages = [(f"interp-O{level}", level) for level in LEVELS]
    if bisect_limit is not None:
        stages.append(("interp-O2-bisect", "O2-bisect"))
    for stage, key in stages:
        try:
            outcomes[stage] = run_interp(modules[key])
        except Exception as err:
            return Result(False, f"{stage} crash: {type(err).__name__}", f"{type(err).__name__}: {err}", outcomes)
    with tempfile.TemporaryDirectory(prefix="pyrite-fuzz-") as tmp:
        for level in native:
            outcomes[f"native-O{level}"] = run_native(modules[level], level, tmp)
        if build:
            try:
                outcomes["build-O2"] = run_built(modules[2], 2, tmp)
            except Exception as err:
                return Result(False, f"build-O2 ice: {type(err).__name__}", f"{type(err).__name__}: {err}", outcomes)
    return judge(outcomes)


def crash_site(err: BaseException) -> str:
    """`Type at file:function` of the frame that raised a compiler exception, for deduplication."""
    where = traceback.extract_tb(err.__traceback__)[-1]
    return f"{type(err).__name__} at {os.path.basename(where.filename)}:{where.name}"


def judge(outcomes: dict[str, Outcome]) -> Result:
    """Compare every stage with "cpython"; the first that differs names the failure."""
    ref = outcomes["cpython"]
    differing = [stage for stage, outcome in outcomes.items() if outcome != ref and not overflow_ok(ref, outcome)]
    if not differing:
        return Result(True, outcomes=outcomes)
    stages, outcome = "+".join(differing), outcomes[differing[0]]
    kind, detail = _first_difference(ref, outcome)
    detail = f"{differing[0]}: {detail}"
    if outcome.status == 3 or "internal compiler error" in outcome.last_stderr:
        return Result(False, f"{stages} ice: {_strip(outcome.last_stderr)}", outcome.last_stderr, outcomes)
    if outcome.status == TIMEOUT_STATUS:
        return Result(False, f"{stages} timeout", detail, outcomes)
    return Result(False, f"{stages} {kind} {_line_kind(detail)}".strip(), detail, outcomes)


def _strip(message: str) -> str:
    """The message without numbers and quoted names, for deduplication."""
    message = re.sub(r"'[^']*'", "'_'", message)
    return re.sub(r"\d+", "N", message)[:120]
