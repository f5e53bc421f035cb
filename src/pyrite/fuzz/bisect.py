"""`pyrite bisect`: find the first pass application that changes a program's output.

    pyrite bisect small.py            # -O2, judged by the IR interpreter (or native code, see below)
    pyrite bisect small.py -O1 --native

The pass manager numbers every run of a pass on a function, and
`--opt-bisect-limit=N` lets only the first N happen (passes/manager.py). With
CPython's outcome as the reference, a binary search over N finds the limit k
where the program still behaves at k-1 and misbehaves at k: application k is
the culprit. It is printed with the IR of its function before and after, as a
unified diff.

The judge is the IR interpreter when it already differs from CPython with
every pass on; otherwise native code (JIT in a forked child), in which case a
culprit pass only exposes a backend bug (its IR is right by the interpreter).
If the judge differs already at limit 0, no pass is to blame: the bug is in
irgen (interpreter judge) or in the backend (native judge), and the report
says which stage to look at. Binary search assumes one switch from good to
bad; with several, it finds one of them.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import io
import os
import re
import sys
import tempfile
from dataclasses import dataclass

from ..diagnostics import CompileError
from .oracle import Outcome, _first_difference, overflow_ok, run_cpython, run_interp, run_native

APPLICATION = re.compile(r"\((\d+)\) (\S+) on @(\S+)")


@dataclass
class Verdict:
    stage: str  # "pass" | "irgen" | "backend" | "none"
    judge: str  # "interp" | "native"
    total: int  # pass applications in the pipeline for this program
    index: int = 0  # the culprit application (1-based), when stage == "pass"
    application: str = ""  # "constfold on @f"
    before: str = ""  # the IR of the culprit's function before and after it ran
    after: str = ""
    detail: str = ""  # the difference from CPython at the first bad limit

    def message(self, level: int) -> str:
        if self.stage == "none":
            who = {"interp": "the interpreter", "native": "native code"}
            judges = " and ".join(who[j] for j in self.judge.split("+"))
            verb = "agree" if "+" in self.judge else "agrees"
            return f"no difference: with every -O{level} pass on, {judges} {verb} with CPython"
        if self.stage == "irgen":
            return ("differs already at limit 0 (no pass ran) in the interpreter: the bug is in irgen "
                    "(or the interpreter); look at `pyrite emit FILE --stage ir`")
        if self.stage == "backend":
            return (f"the interpreter agrees with CPython after all {self.total} pass applications, and native "
                    f"-O{level} code differs already at limit 0: the bug is in the backend (lowering, runtime or "
                    "LLVM); look at `pyrite emit FILE --stage llvm`")
        exposes = " (the interpreter agrees at every limit: this pass exposes a backend bug)" if self.judge == "native" else ""
        return f"first bad pass application: ({self.index}) {self.application}, of {self.total}{exposes}"


class _Runner:
    """The program's base IR, and its outcome under the judge at any bisect limit."""

    def __init__(self, path: str, level: int, workdir: str):
        from ..driver.compile import python_to_ir

        self.base, self.level, self.workdir = python_to_ir(path), level, workdir

    def optimized(self, limit: int | None):
        """(module, the BISECT log) after the first `limit` pass applications (all if None)."""
        from ..driver.compile import Options, optimize
        from ..passes.manager import PassOptions

        log = io.StringIO()
        module = copy.deepcopy(self.base)
        optimize(module, Options(level=self.level, passes=PassOptions(bisect_limit=limit if limit is not None else 1 << 62, out=log)))
        return module, log.getvalue()

    def applications(self) -> list[str]:
        """'name on @fn' for each pass application, in order."""
        return [f"{m.group(2)} on @{m.group(3)}" for m in APPLICATION.finditer(self.optimized(None)[1])]

    def outcome(self, limit: int | None, judge: str) -> Outcome:
        try:
            module, _ = self.optimized(limit)
            if judge == "interp":
                return run_interp(module)
            return run_native(module, self.level, self.workdir)
        except Exception as err:  # a crashing pass is a change of behaviour too
            return Outcome("", f"pyrite: internal compiler error: {type(err).__name__}: {err}", 3)


def _agrees(ref: Outcome, outcome: Outcome) -> bool:
    return outcome == ref or overflow_ok(ref, outcome)


def bisect(path: str, level: int = 2, judge: str | None = None) -> Verdict:
    """The verdict for the program at `path` (CompileError if Pyrite rejects it)."""
    with open(path, encoding="utf-8") as f:
        ref = run_cpython(f.read(), path)
    with tempfile.TemporaryDirectory(prefix="pyrite-bisect-") as tmp:
        runner = _Runner(path, level, tmp)
        names = runner.applications()
        total = len(names)
        judges = [judge] if judge else ["interp", "native"]
        judge = _pick_judge(runner, ref, total, judges)
        if judge is None:
            return Verdict("none", "+".join(judges), total)
        if not _agrees(ref, first := runner.outcome(0, judge)):
            return Verdict("irgen" if judge == "interp" else "backend", judge, total,
                           detail=_describe(ref, first))
        return _search(runner, ref, judge, names)


def _pick_judge(runner: _Runner, ref: Outcome, total: int, judges: list[str]) -> str | None:
    """The first judge that differs from CPython with every pass application on."""
    for judge in judges:
        if not _agrees(ref, runner.outcome(total, judge)):
            return judge
    return None


def _search(runner: _Runner, ref: Outcome, judge: str, names: list[str]) -> Verdict:
    """Binary search: the limit `good` behaves, `bad` does not; close the gap to one application."""
    good, bad = 0, len(names)
    while bad - good > 1:
        mid = (good + bad) // 2
        if _agrees(ref, runner.outcome(mid, judge)):
            good = mid
        else:
            bad = mid
    application = names[bad - 1]
    fn = application.rsplit("@", 1)[1]
    return Verdict("pass", judge, len(names), bad, application, _function_ir(runner, good, fn),
                   _function_ir(runner, bad, fn), _describe(ref, runner.outcome(bad, judge)))


def _function_ir(runner: _Runner, limit: int, name: str) -> str:
    from ..ir.printer import print_function, print_module

    module, _ = runner.optimized(limit)
    fn = module.functions.get(name)
    return print_function(fn) if fn is not None else print_module(module)


def _describe(ref: Outcome, outcome: Outcome) -> str:
    kind, detail = _first_difference(ref, outcome)
    return f"{kind}: {detail}"


def unified_diff(verdict: Verdict) -> str:
    header = f"({verdict.index}) {verdict.application}"
    return "".join(difflib.unified_diff(verdict.before.splitlines(keepends=True), verdict.after.splitlines(keepends=True),
                                        fromfile=f"before {header}", tofile=f"after {header}"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite bisect",
                                     description="find the first pass application that changes the program's output")
    parser.add_argument("file")
    levels = parser.add_mutually_exclusive_group()
    for level in (1, 2):
        levels.add_argument(f"-O{level}", dest="level", action="store_const", const=level)
    parser.set_defaults(level=2)
    judge = parser.add_mutually_exclusive_group()
    judge.add_argument("--interp", dest="judge", action="store_const", const="interp",
                       help="judge by the IR interpreter only")
    judge.add_argument("--native", dest="judge", action="store_const", const="native",
                       help="judge by native code only (default: the interpreter if it differs, else native)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not os.path.isfile(args.file):
        print(f"pyrite bisect: no such file: {args.file}", file=sys.stderr)
        return 2
    try:
        verdict = bisect(args.file, args.level, args.judge)
    except CompileError as err:
        with open(args.file, encoding="utf-8", errors="replace") as f:
            source = f.read()
        for diag in err.diagnostics:
            print(diag.render(source if diag.filename == args.file else None), file=sys.stderr)
        print("pyrite bisect: Pyrite rejects this program; nothing to bisect", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError, SyntaxError) as err:
        print(f"pyrite bisect: cannot read {args.file}: {err}", file=sys.stderr)
        return 2
    try:
        _report(verdict, args.level)
    except BrokenPipeError:  # `pyrite bisect ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if verdict.stage == "none" else 0


def _report(verdict: Verdict, level: int) -> None:
    print(f"{verdict.total} pass applications at -O{level}; judge: {verdict.judge}")
    print(verdict.message(level))
    if verdict.detail:
        print(f"difference from CPython: {verdict.detail}")
    if verdict.stage == "pass":
        print(unified_diff(verdict) or "(the function's IR text is unchanged)")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
