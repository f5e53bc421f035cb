"""Shared machinery for the backend tests (this file holds no tests).

An `OpTable` is a set of ops applied to a table of inputs, compiled once:

    @op0(%a: i64, %b: i64) -> none      one function per op: compute %r, print it and "\\n"
    @drive0() -> none                   op 0's body inlined on constant inputs (folded at -O2)
    @__module__() -> none               no arguments: every @driveN, in order;
                                        `prog N x y`: calls @opN on x, y (read from globals)

A small C-ABI `main` added to the LLVM module (see `with_case_selector`) reads a
case from the command line into the IR's globals `@sel`, `@in_iK`, `@in_fK`,
made external so the optimiser cannot fold the inputs away, or, in batch mode,
runs every case in one process, printing a pending exception as !KIND:MESSAGE
and clearing it before the next. So each table costs a few process runs: the
folded run, the batch run, and one whole-process run (traceback, exit status)
per distinct exception of each op. The expected outcome of every case comes
from `ir/semantics.py` (the reference), never from hand-written text.

The JIT is tested in a subprocess (a program's uncaught exception ends its
process through C `exit`): it compiles once, then forks once per run.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pyrite.backend import emit_object, link_executable, lower_module
from pyrite.ir.parser import parse_module
from pyrite.ir.printer import format_const
from pyrite.ir.semantics import INT_MAX, INT_MIN, PyRaise

ROOT = Path(__file__).resolve().parents[2]
FILENAME = "cases.py"
OP_LINE = 10  # @opN's op is on line OP_LINE + N
SELECT_LINE = 500  # @__module__ calls @opN for a command-line case on line SELECT_LINE + N
MAX_PARAMS = 3
PRINT = {"i64": "print_i64", "f64": "print_f64", "i1": "print_bool", "str": "print_str"}

INTS = [INT_MIN, INT_MIN + 1, -(2**32), -3037000500, -7, -2, -1, 0, 1, 2, 3, 7, 62, 63, 64, 65,
        3037000499, 3037000500, 2**32, INT_MAX - 1, INT_MAX]
FLOATS = [-math.inf, -1e308, -7.5, -2.0, -1.0, -0.5, -5e-324, -0.0, 0.0, 5e-324, 0.1, 0.5, 1.0,
          2.0, 3.0, 7.5, 1e16, 2.0**63, -(2.0**63), 1e308, math.inf, math.nan]
BOOLS = [False, True]
EDGE_INTS = [INT_MIN, -7, -1, 0, 1, 2, 63, 64, INT_MAX]  # for the folded runs
EDGE_FLOATS = [-math.inf, -1.0, -0.0, 0.0, 0.5, 1.0, 7.5, 1e308, math.inf, math.nan]


def spread(items: list, n: int) -> list:
    """At most n of `items`, evenly spaced, first and last included."""
    if len(items) <= n:
        return list(items)
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)]


@dataclass(frozen=True)
class Outcome:
    stdout: str
    stderr: str
    status: int

    @property
    def last_stderr_line(self) -> str:
        lines = self.stderr.rstrip().splitlines()
        return lines[-1] if lines else ""


def text_of(value, ty: str) -> str:
    """What `rt @print_<ty>` writes for `value` (CPython's str of it)."""
    if ty == "f64":
        return repr(value)
    if ty == "i1":
        return "True" if value else "False"
    return str(value)


@dataclass
class Op:
    """`body` computes %r of type `result` from %a, %b, %c; `reference` is its meaning."""

    body: str
    result: str
    reference: Callable


@dataclass
class OpTable:
    name: str
    params: list[str]  # IR types of %a, %b, ...
    ops: list[Op]
    inputs: list[tuple]
    constant_inputs: list[tuple] | None = None  # for the folded run; default: every input
    extra: str = ""  # more IR functions the ops' bodies may call
    _outcomes: dict = field(default_factory=dict, repr=False)

    def outcome(self, j: int, args: tuple):
        """("value", text) or ("raise", kind, message), from the reference."""
        key = (j, tuple(map(repr, args)))  # -0.0 == 0.0, but their results differ
        if key not in self._outcomes:
            try:
                value = self.ops[j].reference(*args)
                self._outcomes[key] = ("value", text_of(value, self.ops[j].result))
            except PyRaise as exc:
                self._outcomes[key] = ("raise", exc.kind, exc.message)
        return self._outcomes[key]

    def all_cases(self):
        return [(j, a) for j in range(len(self.ops)) for a in self.inputs]

    def raising_cases(self):
        return [(j, a) for j, a in self.all_cases() if self.outcome(j, a)[0] == "raise"]

    def constant_cases(self):
        """The non-raising cases the folded run computes from IR constants."""
        inputs = self.inputs if self.constant_inputs is None else self.constant_inputs
        return [(j, a) for j in range(len(self.ops)) for a in inputs if self.outcome(j, a)[0] == "value"]

    # ---- the program ----
    def ir_text(self) -> str:
        names = "abc"[: len(self.params)]
        sig = ", ".join(f"%{n}: {t}" for n, t in zip(names, self.params))
        parts = [f'module "{FILENAME}"', "global @sel: i64"]
        parts += [f"global @in_i{k}: i64\nglobal @in_f{k}: f64" for k in range(MAX_PARAMS)]
        for j, op in enumerate(self.ops):
            parts.append(f"func @op{j}({sig}) -> none {{\n^entry:\n{self._body(j)}\n  ret\n}}")
        by_op: dict[int, list[tuple]] = {}
        for j, args in self.constant_cases():
            by_op.setdefault(j, []).append(args)
        for j in range(len(self.ops)):
            parts.append(self._driver(j, by_op.get(j, [])))
        parts.append(self._module())
        return "\n".join(parts + [self.extra]) + "\n"

    def _body(self, j: int, suffix: str = "") -> str:
        """Op j's body and the printing of %r (value names given `suffix`)."""
        op = self.ops[j]
        body = textwrap.dedent(op.body).strip() + f'\nrt @{PRINT[op.result]}(%r)\n%nl = const.str "\\n"\nrt @print_str(%nl)'
        body = re.sub(r"^(%r = .*)$", rf"\1  loc({OP_LINE + j}:4)", body, flags=re.M)
        if suffix:
            body = re.sub(r"%([A-Za-z_][A-Za-z0-9_.]*)", rf"%\1{suffix}", body)
        return textwrap.indent(body, "  ")

    # @driveN: op N's body inlined once per constant case, so LLVM folds it at -O2
    def _driver(self, j: int, cases: list[tuple]) -> str:
        lines = [f"func @drive{j}() -> none {{", "^entry:"]
        for i, args in enumerate(cases):
            for name, ty, value in zip("abc", self.params, args):
                lines.append(f"  %{name}_{i} = const.{ty} {format_const(value)}")
            lines.append(self._body(j, f"_{i}"))
        return "\n".join(lines + ["  ret", "}"])

    def _module(self) -> str:
        lines = ["func @__module__() -> none {", "^entry:", "  %selp = globalref @sel", "  %s = load %selp",
                 "  %zero = const.i64 0", "  %all = eq.i64 %s, %zero", "  cbr %all, ^all, ^pick0", "^all:"]
        lines += [f"  call @drive{j}()  loc({400 + j}:0)" for j in range(len(self.ops))]
        lines.append("  ret")
        for j in range(len(self.ops)):
            lines += [f"^pick{j}:", f"  %k{j} = const.i64 {j + 1}", f"  %is{j} = eq.i64 %s, %k{j}",
                      f"  cbr %is{j}, ^run{j}, ^pick{j + 1}", f"^run{j}:"]
            names = []
            for k, ty in enumerate(self.params):
                lines += [f"  {line}".replace("%x", f"%x{j}_{k}") for line in self._load_param(k, ty)]
                names.append(f"%x{j}_{k}")
            lines += [f"  call @op{j}({', '.join(names)})  loc({SELECT_LINE + j}:0)", "  ret"]
        lines += [f"^pick{len(self.ops)}:", "  ret", "}"]
        return "\n".join(lines)

    @staticmethod
    def _load_param(k: int, ty: str) -> list[str]:
        """IR lines that define %x (renamed by the caller) from the k-th command-line value."""
        if ty == "f64":
            return [f"%x.p = globalref @in_f{k}", "%x = load %x.p"]
        if ty == "i1":
            return [f"%x.p = globalref @in_i{k}", "%x.i = load %x.p", "%x.z = const.i64 0", "%x = ne.i64 %x.i, %x.z"]
        return [f"%x.p = globalref @in_i{k}", "%x = load %x.p"]

    def all_cases(self):
        return [(j, a) for j in range(len(self.ops)) for a in self.inputs]

    def sample_raising(self):
        """The first raising case of each (op, kind, message): each is run as a whole process."""
        seen, sample = set(), []
        for j, args in self.raising_cases():
            key = (j, *self.outcome(j, args)[1:])
            if key not in seen:
                seen.add(key)
                sample.append((j, args))
        return sample

    def argv(self, j: int, args: tuple) -> list[str]:
        return [str(j + 1)] + [_arg_text(v) for v in args] + ["0"] * (MAX_PARAMS - len(args))

    def batch_argv(self) -> list[str]:
        return ["batch"] + [word for j, a in self.all_cases() for word in self.argv(j, a)]

    def expected_batch(self) -> list[str]:
        from pyrite.runtime import EXCEPTION_KINDS

        lines = []
        for j, args in self.all_cases():
            outcome = self.outcome(j, args)
            lines.append(outcome[1] if outcome[0] == "value" else f"!{EXCEPTION_KINDS.index(outcome[1])}:{outcome[2]}")
        return lines

    def expected_all(self) -> Outcome:
        lines = [self.outcome(j, a)[1] + "\n" for j, a in self.constant_cases()]
        return Outcome("".join(lines), "", 0)

    def expected_raise(self, j: int, args: tuple) -> Outcome:
        _, kind, message = self.outcome(j, args)
        return Outcome("", traceback([("<module>", SELECT_LINE + j), (f"op{j}", OP_LINE + j)], kind, message), 1)


def _arg_text(value) -> str:
    if isinstance(value, bool):
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def traceback(frames: list[tuple[str, int]], kind: str, message: str, filename: str = FILENAME) -> str:
    """CPython's report of an uncaught exception; frames outermost first."""
    lines = ["Traceback (most recent call last):\n"]
    lines += [f'  File "{filename}", line {line}, in {func}\n' for func, line in frames]
    lines.append(f"{kind}: {message}\n" if message else f"{kind}\n")
    return "".join(lines)


# ---- the wrapper `main` that reads cases from the command line ---------------
#
#   prog                      the program's own main: every non-raising case, constant inputs
#   prog SEL A B C            one case, as the program's own main would run it (traceback, status)
#   prog batch SEL A B C ...  every case in turn in one process: after each, a pending exception
#                             is printed as "!KIND:MESSAGE" and cleared

_DECLARATIONS = {"strtoll": "declare i64 @strtoll(ptr, ptr, i32)\n", "strtod": "declare double @strtod(ptr, ptr)\n"}

_WRAPPER = r"""
@case.bang = private constant [1 x i8] c"!"
@case.colon = private constant [1 x i8] c":"
@case.nl = private constant [1 x i8] c"\0A"

define internal void @case.read(ptr %argv, i64 %i) {
entry:
  %p0 = getelementptr ptr, ptr %argv, i64 %i
  %s0 = load ptr, ptr %p0
  %v0 = call i64 @strtoll(ptr %s0, ptr null, i32 10)
  store i64 %v0, ptr @"pyg.sel"
PARAMS  ret void
}

define internal void @case.report() {
entry:
  %pending = load i1, ptr @pyrite_exc_pending
  br i1 %pending, label %exc, label %done
exc:
  call void @pyrite_write_str(ptr @case.bang, i64 1)
  %k = load i32, ptr @pyrite_exc_kind
  %k64 = sext i32 %k to i64
  call void @pyrite_print_i64(i64 %k64)
  call void @pyrite_write_str(ptr @case.colon, i64 1)
  %m = load ptr, ptr @pyrite_exc_msg
  %l = load i64, ptr @pyrite_exc_msg_len
  call void @pyrite_write_str(ptr %m, i64 %l)
  call void @pyrite_write_str(ptr @case.nl, i64 1)
  call void @pyrite_exc_clear()
  br label %done
done:
  ret void
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %n = sext i32 %argc to i64
  %has = icmp sgt i64 %n, 1
  br i1 %has, label %mode, label %run
mode:
  %p1 = getelementptr ptr, ptr %argv, i64 1
  %a1 = load ptr, ptr %p1
  %c1 = load i8, ptr %a1
  %is_batch = icmp eq i8 %c1, 98
  br i1 %is_batch, label %loop, label %single
single:
  call void @case.read(ptr %argv, i64 1)
  br label %run
run:
  %r = call i32 @"pyrite.main"(i32 %argc, ptr %argv)
  ret i32 %r
loop:
  %i = phi i64 [2, %mode], [%next, %body]
  %next = add i64 %i, STRIDE
  %more = icmp sle i64 %next, %n
  br i1 %more, label %body, label %done
body:
  call void @case.read(ptr %argv, i64 %i)
  call void @"py.__module__"(i64 0)
  call void @case.report()
  br label %loop
done:
  call void @pyrite_flush()
  ret i32 0
}
"""

_PARAM = """  %q{k} = getelementptr ptr, ptr %argv, i64 %i.{k}
  %t{k} = load ptr, ptr %q{k}
  %i{k} = call i64 @strtoll(ptr %t{k}, ptr null, i32 10)
  store i64 %i{k}, ptr @"pyg.in_i{k}"
  %f{k} = call double @strtod(ptr %t{k}, ptr null)
  store double %f{k}, ptr @"pyg.in_f{k}"
"""


def with_case_selector(llmod) -> str:
    """LLVM text of `llmod` with the wrapper `main` above (the program's is renamed)."""
    for name in ["sel"] + [f"in_{t}{k}" for t in "if" for k in range(MAX_PARAMS)]:
        llmod.get_global(f"pyg.{name}").linkage = ""  # external: opaque to the optimiser
    for fn in llmod.functions:
        if fn.name.startswith("py.op"):
            fn.linkage = ""
            fn.attributes.add("noinline")
    declarations = "".join(d for name, d in _DECLARATIONS.items() if name not in llmod.globals)
    text = str(llmod)
    text, count = re.subn(r'define i32 @"?main"?\(', 'define internal i32 @"pyrite.main"(', text)
    assert count == 1, "the lowered module has no C main"
    params = "".join(f"  %i.{k} = add i64 %i, {k + 1}\n" + _PARAM.format(k=k) for k in range(MAX_PARAMS))
    wrapper = _WRAPPER.replace("PARAMS", params).replace("STRIDE", str(1 + MAX_PARAMS))
    return text + declarations + wrapper


# ---- building and running ---------------------------------------------------


def build(llvm_text_or_module, level: int, exe: Path) -> Path:
    obj = exe.with_suffix(".o")
    obj.write_bytes(emit_object(llvm_text_or_module, level))
    link_executable(str(obj), str(exe))
    return exe


def run_exe(exe: Path, args: list[str] = (), timeout: float = 60) -> Outcome:
    proc = subprocess.run([str(exe), *args], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return Outcome(proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), proc.returncode)


_JIT_RUNNER = r"""
import ctypes, json, os, sys, tempfile
from pyrite.backend.jit import jit_function
request = json.load(open(sys.argv[1]))
main_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p))
results = {}
for level in request["levels"]:
    main = jit_function(request["llvm"], level, "main", main_t)
    out = []
    for argv in request["runs"]:
        args = [b"prog"] + [a.encode() for a in argv]
        with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
            pid = os.fork()
            if pid == 0:
                os.dup2(fo.fileno(), 1)
                os.dup2(fe.fileno(), 2)
                c_argv = (ctypes.c_char_p * (len(args) + 1))(*args, None)
                os._exit(main(len(args), c_argv))
            _, status = os.waitpid(pid, 0)
            fo.seek(0); fe.seek(0)
            out.append([fo.read().decode("utf-8", "replace"), fe.read().decode("utf-8", "replace"),
                        os.waitstatus_to_exitcode(status)])
    results[str(level)] = out
json.dump(results, sys.stdout)
"""


def run_jit_cases(llvm_text: str, levels: list[int], runs: list[list[str]], tmp_path: Path) -> dict[int, list[Outcome]]:
    """JIT `llvm_text` at each level in a subprocess and run main once per argv in `runs`."""
    request = tmp_path / "jit_request.json"
    request.write_text(json.dumps({"llvm": llvm_text, "levels": levels, "runs": runs}))
    proc = subprocess.run([sys.executable, "-c", _JIT_RUNNER, str(request)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"the JIT runner failed:\n{proc.stderr[-3000:]}"
    data = json.loads(proc.stdout)
    return {int(level): [Outcome(*r) for r in results] for level, results in data.items()}


def run_jit_program(ir_text: str, level: int, args: list[str] = ()) -> Outcome:
    """`pyrite run`-like: JIT a whole IR program in a fresh process."""
    code = (
        "import sys\nfrom pyrite.backend import run_jit\nfrom pyrite.ir.parser import parse_module\n"
        "module = parse_module(sys.stdin.read())\nsys.exit(run_jit(module, int(sys.argv[1]), sys.argv[1:]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(level), *args], input=ir_text.encode(),
                          capture_output=True, timeout=120)
    return Outcome(proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), proc.returncode)


def program_outcomes(ir_text: str, tmp_path: Path, levels=(0, 2), args: list[str] = ()) -> dict[str, Outcome]:
    """A whole IR program run as an executable and by the JIT at each level."""
    module = parse_module(ir_text)
    results = {}
    for level in levels:
        exe = build(lower_module(module), level, tmp_path / f"prog{level}")
        results[f"exe -O{level}"] = run_exe(exe, list(args))
        results[f"jit -O{level}"] = run_jit_program(ir_text, level, list(args))
    return results


# ---- checking a table -------------------------------------------------------


def _describe(table: OpTable, j: int, args: tuple) -> str:
    body = " ".join(textwrap.dedent(table.ops[j].body).split())
    return f"{body} with {', '.join(f'%{n}={v!r}' for n, v in zip('abc', args))}"


def compare_all(table: OpTable, actual: Outcome, mode: str) -> list[str]:
    """The run without arguments: non-raising cases computed from IR constants (folded at -O2)."""
    problems = []
    if actual.status != 0 or actual.stderr:
        problems.append(f"[{mode}] the non-raising cases exited {actual.status}: {actual.stderr[-2000:]}")
    want = table.expected_all().stdout.splitlines()
    return problems + _compare_lines(table, table.constant_cases(), actual.stdout.splitlines(), want, mode)


def compare_batch(table: OpTable, actual: Outcome, mode: str) -> list[str]:
    """The batch run: every case, inputs opaque, exceptions printed as !KIND:MESSAGE."""
    problems = []
    if actual.status != 0 or actual.stderr:
        problems.append(f"[{mode} batch] exited {actual.status}: {actual.stderr[-2000:]}")
    return problems + _compare_lines(table, table.all_cases(), actual.stdout.splitlines(), table.expected_batch(),
                                     mode + " batch")


def _compare_lines(table: OpTable, cases, got: list[str], want: list[str], mode: str) -> list[str]:
    problems = [f"[{mode}] {_describe(table, j, args)}: printed {g!r}, the reference gives {w!r}"
                for (j, args), g, w in zip(cases, got, want) if g != w]
    if len(got) != len(want):
        problems.append(f"[{mode}] printed {len(got)} lines, expected {len(want)}: ...{got[-3:]}")
    return problems


def compare_raise(table: OpTable, j: int, args: tuple, actual: Outcome, mode: str) -> list[str]:
    expected = table.expected_raise(j, args)
    if actual == expected:
        return []
    return [f"[{mode}] {_describe(table, j, args)}: expected status {expected.status}, "
            f"stderr {expected.stderr!r}; got status {actual.status}, stdout {actual.stdout!r}, "
            f"stderr {actual.stderr[-600:]!r}"]


def check_table(table: OpTable, tmp_path: Path, levels=(0, 2), jit_levels=(2,), limit: int = 40) -> None:
    """Build `table` at each level; run it as an executable and in the JIT; compare with the reference."""
    problems: list[str] = []
    llvm_text = with_case_selector(lower_module(parse_module(table.ir_text())))
    sample, batch = table.sample_raising(), table.batch_argv()
    for level in levels:
        exe = build(llvm_text, level, tmp_path / f"{table.name}{level}")
        problems += compare_all(table, run_exe(exe), f"exe -O{level}")
        problems += compare_batch(table, run_exe(exe, batch), f"exe -O{level}")
        for j, args in sample:
            problems += compare_raise(table, j, args, run_exe(exe, table.argv(j, args)), f"exe -O{level}")
    if jit_levels:
        runs = [[], batch] + [table.argv(j, a) for j, a in sample]
        for level, outcomes in run_jit_cases(llvm_text, list(jit_levels), runs, tmp_path).items():
            problems += compare_all(table, outcomes[0], f"jit -O{level}")
            problems += compare_batch(table, outcomes[1], f"jit -O{level}")
            for (j, args), outcome in zip(sample, outcomes[2:]):
                problems += compare_raise(table, j, args, outcome, f"jit -O{level}")
    if problems:
        shown = "\n".join(problems[:limit])
        more = f"\n... and {len(problems) - limit} more" if len(problems) > limit else ""
        raise AssertionError(f"{len(problems)} disagreements with the reference:\n{shown}{more}")
