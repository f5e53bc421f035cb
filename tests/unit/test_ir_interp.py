"""The IR interpreter against CPython.

Each op is run in a one-op IR program and in the Python snippet it stands
for (through `exec`); printed text or the raised exception must agree. The
one documented difference is Pyrite's 64-bit int: where CPython's result does
not fit, Pyrite must raise OverflowError. Whole programs (recursion,
tracebacks) are run as real files under CPython and compared line by line.
"""

from __future__ import annotations

import io
import math
import subprocess
import sys
import textwrap

import pytest

from pyrite.ir.interp import InterpError, StepLimitExceeded, run_module, run_module_text
from pyrite.ir.parser import parse_module
from pyrite.ir.printer import format_const
from pyrite.ir.semantics import INT_MAX, INT_MIN

INTS = [INT_MIN, INT_MIN + 1, -7, -3, -1, 0, 1, 2, 3, 7, 62, 63, 64, INT_MAX]
FLOATS = [-math.inf, -1e308, -2.5, -1.0, -0.0, 0.0, 5e-324, 0.5, 1.0, 3.0, 1e16, math.inf, math.nan]
INT_OPS = {"add": "+", "sub": "-", "mul": "*", "floordiv": "//", "mod": "%", "pow": "**",
           "shl": "<<", "shr": ">>", "and": "&", "or": "|", "xor": "^"}
FLOAT_OPS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "floordiv": "//", "mod": "%", "pow": "**"}
PREDS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
PRINT = {"i64": "print_i64", "f64": "print_f64", "i1": "print_bool", "str": "print_str"}


# ---- running both sides ---------------------------------------------------


def python_outcome(expr: str, **names) -> str:
    """What CPython gives for `expr`: the repr of its value or 'Kind: message'."""
    try:
        value = eval(expr, {"math": math}, names)
    except Exception as exc:  # noqa: BLE001 - any exception is an outcome
        return f"{type(exc).__name__}: {exc}"
    if isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        return "OverflowError"
    if isinstance(value, complex):
        return "complex"
    return str(value) if isinstance(value, str) else repr(value)


def ir_outcome(body: str, result_type: str) -> str:
    """Run `body` (ops defining %r) in @__module__, print %r; its text or 'Kind: message'."""
    text = module_text(f"{body}\n  rt @{PRINT[result_type]}(%r)\n  ret")
    status, out, err = run_module_text(text)
    if status == 0:
        return out
    last = err.strip().splitlines()[-1]
    return "OverflowError" if last.startswith("OverflowError: integer overflow") else last


def module_text(body: str, functions: str = "", filename: str = "t.py") -> str:
    return f'module "{filename}"\n{functions}\nfunc @__module__() -> none {{\n^entry:\n  {body}\n}}\n'


def consts(ty: str, *values) -> str:
    return "\n  ".join(f"%{n} = const.{ty} {format_const(v)}" for n, v in zip("ab", values))


def run(text: str, max_steps: int | None = None) -> tuple[int, str, str]:
    return run_module_text(textwrap.dedent(text), max_steps)


# ---- computing ops, one at a time ----------------------------------------


@pytest.mark.parametrize("op", sorted(INT_OPS))
def test_int_binary_matches_python(op):
    for a in INTS:
        for b in INTS:
            if op in ("pow", "shl") and b > 64:
                continue  # CPython would build a huge int (or run out of memory)
            if op == "pow" and b < 0:
                continue  # a documented deviation: see the next test
            expected = python_outcome(f"a {INT_OPS[op]} b", a=a, b=b)
            got = ir_outcome(f"{consts('i64', a, b)}\n  %r = {op}.i64 %a, %b", "i64")
            assert got == expected, f"{a} {INT_OPS[op]} {b}"


def test_int_negative_exponent_is_a_clear_error():
    got = ir_outcome(f"{consts('i64', 2, -1)}\n  %r = pow.i64 %a, %b", "i64")
    assert got.startswith("ValueError: negative exponent")


@pytest.mark.parametrize("op", sorted(FLOAT_OPS))
def test_float_binary_matches_python(op):
    for a in FLOATS:
        for b in FLOATS:
            expected = python_outcome(f"a {FLOAT_OPS[op]} b", a=a, b=b)
            if expected == "complex":
                continue  # CPython's complex result: Pyrite raises ValueError instead
            got = ir_outcome(f"{consts('f64', a, b)}\n  %r = {op}.f64 %a, %b", "f64")
            assert got == expected, f"{a!r} {FLOAT_OPS[op]} {b!r}"


@pytest.mark.parametrize("ty, values", [("i64", INTS), ("f64", FLOATS), ("i1", [False, True])])
def test_compare_matches_python(ty, values):
    for pred, sym in PREDS.items():
        for a in values:
            for b in values:
                expected = python_outcome(f"a {sym} b", a=a, b=b)
                got = ir_outcome(f"{consts(ty, a, b)}\n  %r = {pred}.{ty} %a, %b", "i1")
                assert got == expected, f"{a!r} {sym} {b!r}"


@pytest.mark.parametrize("op, ty, expr, values", [
    ("neg", "i64", "-a", INTS),
    ("invert", "i64", "~a", INTS),
    ("neg", "f64", "-a", FLOATS),
    ("not", "i1", "not a", [False, True]),
])
def test_unary_matches_python(op, ty, expr, values):
    for a in values:
        got = ir_outcome(f"{consts(ty, a)}\n  %r = {op}.{ty} %a", ty)
        assert got == python_outcome(expr, a=a), f"{expr} with a={a!r}"


@pytest.mark.parametrize("op, src, dst, expr, values", [
    ("itof", "i64", "f64", "float(a)", INTS),
    ("ftoi", "f64", "i64", "int(a)", FLOATS + [9.3e18, -9.3e18, -9.2e18, 2.0**63, -(2.0**63)]),
    ("btoi", "i1", "i64", "int(a)", [False, True]),
])
def test_convert_matches_python(op, src, dst, expr, values):
    for a in values:
        got = ir_outcome(f"{consts(src, a)}\n  %r = {op} %a", dst)
        assert got == python_outcome(expr, a=a), f"{expr} with a={a!r}"


@pytest.mark.parametrize("callee, args, expr", [
    ("math_sqrt", [2.0], "math.sqrt(a)"),
    ("math_sqrt", [-1.0], "math.sqrt(a)"),
    ("math_log", [0.0], "math.log(a)"),
    ("math_exp", [1000.0], "math.exp(a)"),
    ("math_atan2", [1.0, -0.0], "math.atan2(a, b)"),
    ("math_floor", [-2.5], "math.floor(a)"),
    ("math_floor", [math.inf], "math.floor(a)"),
    ("str_f64", [1e16], "str(a)"),
    ("str_bool", [True], "str(a)"),
    ("int_truediv", [7, 2], "a / b"),
    ("int_truediv", [7, 0], "a / b"),
    ("int_powmod", [3, -1, 7], "pow(a, b, c)"),
    ("int_powmod", [2, -1, 4], "pow(a, b, c)"),
    ("factorial", [20], "math.factorial(a)"),
    ("factorial", [21], "math.factorial(a)"),
    ("float_round", [2.675, 2], "round(a, b)"),
    ("float_round_int", [2.5], "round(a)"),
    ("isnan", [math.nan], "math.isnan(a)"),
])
def test_runtime_functions_match_python(callee, args, expr):
    from pyrite.ir.rtfuncs import RUNTIME

    sig = RUNTIME[callee]
    defs = "\n  ".join(f"%{n} = const.{t} {format_const(v)}" for n, t, v in zip("abc", sig.params, args))
    call = f"%r = rt @{callee}({', '.join('%' + n for n in 'abc'[:len(args)])})"
    got = ir_outcome(f"{defs}\n  {call}", sig.ret.name)
    assert got == python_outcome(expr, **dict(zip("abc", args)))


def test_print_functions_write_exactly_the_value():
    status, out, _ = run("""
        func @__module__() -> none {
        ^entry:
          %i = const.i64 -5
          rt @print_i64(%i)
          %f = const.f64 0.1
          rt @print_f64(%f)
          %b = const.i1 true
          rt @print_bool(%b)
          rt @print_none()
          %s = const.str "|a\\tb#\\n"
          rt @print_str(%s)
          ret
        }
    """)
    assert (status, out) == (0, "-5" + repr(0.1) + "True" + "None" + "|a\tb#\n")


# ---- control flow, cells, calls ------------------------------------------


def test_loop_with_block_args_sums_a_range():
    status, out, _ = run("""
        func @__module__() -> none {
        ^entry:
          %zero = const.i64 0
          %n = const.i64 100
          br ^loop(%zero, %zero)
        ^loop(%i: i64, %acc: i64):
          %done = ge.i64 %i, %n
          cbr %done, ^exit, ^body
        ^body:
          %one = const.i64 1
          %acc2 = add.i64 %acc, %i
          %i2 = add.i64 %i, %one
          br ^loop(%i2, %acc2)
        ^exit:
          rt @print_i64(%acc)
          ret
        }
    """)
    assert (status, out) == (0, str(sum(range(100))))


def test_branch_args_are_a_parallel_copy():
    # a, b = b, a  three times, printing a each time (Fibonacci-like swap)
    status, out, _ = run("""
        func @__module__() -> none {
        ^entry:
          %a0 = const.i64 1
          %b0 = const.i64 2
          %k0 = const.i64 3
          br ^loop(%a0, %b0, %k0)
        ^loop(%a: i64, %b: i64, %k: i64):
          rt @print_i64(%a)
          %zero = const.i64 0
          %more = gt.i64 %k, %zero
          %one = const.i64 1
          %k1 = sub.i64 %k, %one
          cbr %more, ^loop(%b, %a, %k1), ^exit
        ^exit:
          ret
        }
    """)
    a, b, expected = 1, 2, ""
    for _ in range(4):
        expected += str(a)
        a, b = b, a
    assert (status, out) == (0, expected)


def test_slots_and_globals_start_at_zero_and_hold_stores():
    status, out, _ = run("""
        module "g.py"
        global @count: i64
        global @flag: i1
        global @x: f64

        func @bump() -> none {
        ^entry:
          %p = globalref @count
          %v = load %p
          %one = const.i64 1
          %w = add.i64 %v, %one
          store %p, %w
          ret
        }

        func @__module__() -> none {
        ^entry:
          call @bump()
          call @bump()
          %p = globalref @count
          %v = load %p
          rt @print_i64(%v)
          %r = globalref @flag
          %b = load %r
          rt @print_bool(%b)
          %t = globalref @x
          %f = load %t
          rt @print_f64(%f)
          %cell = slot.i64
          %seven = const.i64 7
          store %cell, %seven
          %u = load %cell
          rt @print_i64(%u)
          ret
        }
    """)
    assert (status, out) == (0, "2" + "False" + "0.0" + "7")


def test_calls_pass_arguments_and_return_values():
    status, out, _ = run("""
        func @sub(%a: i64, %b: i64) -> i64 {
        ^entry:
          %r = sub.i64 %a, %b
          ret %r
        }

        func @__module__() -> none {
        ^entry:
          %x = const.i64 10
          %y = const.i64 3
          %r = call @sub(%x, %y)
          rt @print_i64(%r)
          %s = call @sub(%y, %x)
          rt @print_i64(%s)
          ret
        }
    """)
    assert (status, out) == (0, "7-7")


def test_exit_ends_the_program_with_its_status():
    status, out, err = run("""
        func @__module__() -> none {
        ^entry:
          %s = const.str "before"
          rt @print_str(%s)
          %n = const.i64 3
          rt @exit(%n)
          rt @print_str(%s)
          ret
        }
    """)
    assert (status, out, err) == (3, "before", "")


def test_exit_msg_writes_the_message_and_exits_1():
    status, out, err = run("""
        func @__module__() -> none {
        ^entry:
          %s = const.str "bad usage"
          rt @exit_msg(%s)
          ret
        }
    """)
    assert (status, out, err) == (1, "", "bad usage\n")


def test_raise_with_and_without_message():
    body = """
        func @__module__() -> none {{
        ^entry:
          %m = const.str "x must be positive"
          raise {what}  loc(3:4)
        }}
    """
    assert run(body.format(what="ValueError %m"))[2].endswith("\nValueError: x must be positive\n")
    assert run(body.format(what="AssertionError"))[2].endswith("  File \"<ir>\", line 3, in <module>\nAssertionError\n")


def test_max_steps_stops_an_endless_loop():
    text = """
        func @__module__() -> none {
        ^entry:
          br ^entry2
        ^entry2:
          br ^entry2
        }
    """
    with pytest.raises(StepLimitExceeded):
        run(text, max_steps=1000)


def test_reaching_unreachable_is_an_interpreter_error():
    with pytest.raises(InterpError):
        run("""
            func @__module__() -> none {
            ^entry:
              unreachable
            }
        """)


def test_no_python_recursion_for_deep_ir_recursion():
    text = RECURSIVE_IR.format(n=998)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        status, out, err = run_module_text(text)
    finally:
        sys.setrecursionlimit(limit)
    assert (status, out, err) == (0, "998\n", "")


# ---- whole programs against CPython --------------------------------------

RECURSIVE_PY = """\
def g(n: int) -> int:
    if n == 0:
        return 0
    return g(n - 1) + 1
print(g({n}))
"""

RECURSIVE_IR = """\
module "prog.py"
func @g(%n: i64) -> i64 {{
^entry:
  %zero = const.i64 0
  %c = eq.i64 %n, %zero  loc(2:7)
  cbr %c, ^base, ^rec
^base:
  ret %zero  loc(3:8)
^rec:
  %one = const.i64 1
  %m = sub.i64 %n, %one  loc(4:13)
  %r = call @g(%m)  loc(4:11)
  %s = add.i64 %r, %one  loc(4:11)
  ret %s  loc(4:4)
}}
func @__module__() -> none {{
^entry:
  %n = const.i64 {n}
  %r = call @g(%n)  loc(5:6)
  rt @print_i64(%r)  loc(5:0)
  %nl = const.str "\\n"
  rt @print_str(%nl)  loc(5:0)
  ret
}}
"""

DIVIDE_PY = """\
def inner(a: int, b: int) -> int:
    return a // b

def outer(a: int) -> int:
    return inner(a, a - 3)

print(outer(5))
print(outer(3))
"""

DIVIDE_IR = """\
module "prog.py"
func @inner(%a: i64, %b: i64) -> i64 {
^entry:
  %q = floordiv.i64 %a, %b  loc(2:11)
  ret %q  loc(2:4)
}
func @outer(%a: i64) -> i64 {
^entry:
  %three = const.i64 3
  %b = sub.i64 %a, %three  loc(5:20)
  %r = call @inner(%a, %b)  loc(5:11)
  ret %r  loc(5:4)
}
func @__module__() -> none {
^entry:
  %nl = const.str "\\n"
  %five = const.i64 5
  %x = call @outer(%five)  loc(7:6)
  rt @print_i64(%x)  loc(7:0)
  rt @print_str(%nl)  loc(7:0)
  %three = const.i64 3
  %y = call @outer(%three)  loc(8:6)
  rt @print_i64(%y)  loc(8:0)
  rt @print_str(%nl)  loc(8:0)
  ret
}
"""


def cpython(source: str, tmp_path) -> tuple[int, str, str]:
    """Run `source` as prog.py under CPython; stderr without its source and caret lines."""
    (tmp_path / "prog.py").write_text(source)
    proc = subprocess.run([sys.executable, "prog.py"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.replace(f"{tmp_path}/", "").splitlines(keepends=True)
    stderr = "".join(line for line in lines if not line.startswith("    "))
    return proc.returncode, proc.stdout, stderr


@pytest.mark.parametrize("source, ir", [
    (RECURSIVE_PY.format(n=998), RECURSIVE_IR.format(n=998)),   # 999 frames of g: fine
    (RECURSIVE_PY.format(n=999), RECURSIVE_IR.format(n=999)),   # 1000 frames: RecursionError
    (RECURSIVE_PY.format(n=5000), RECURSIVE_IR.format(n=5000)),
    (DIVIDE_PY, DIVIDE_IR),
])
def test_program_matches_cpython_including_traceback(source, ir, tmp_path):
    assert run_module_text(ir) == cpython(source, tmp_path)


def test_run_module_writes_to_the_given_streams():
    module = parse_module(DIVIDE_IR)
    out, err = io.StringIO(), io.StringIO()
    assert run_module(module, out, err) == 1
    assert out.getvalue() == "2\n"
    assert err.getvalue().endswith("ZeroDivisionError: integer division or modulo by zero\n")


def test_factorial_and_int_round_reject_huge_arguments_quickly():
    """Regression: the reference once computed math.factorial(10**18) and round(5, -10**18)
    in full before checking the 64-bit range, and never finished."""
    from pyrite.ir.semantics import RT_IMPL, PyRaise

    with pytest.raises(PyRaise, match="OverflowError"):
        RT_IMPL["factorial"](10**18)
    assert RT_IMPL["int_round"](5, -(10**18)) == 0
    assert RT_IMPL["int_round"](-(2**63), -(10**18)) == 0
    with pytest.raises(PyRaise, match="OverflowError"):
        RT_IMPL["int_round"](2**63 - 1, -19)
