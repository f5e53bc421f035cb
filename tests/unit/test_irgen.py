"""irgen against CPython: small programs through frontend -> irgen -> IR interpreter.

Each program is lowered, verified, printed and parsed back (the text form
must round-trip), then run by the IR interpreter; its stdout, last stderr
line and exit status must equal CPython's running the same source. A
program whose first line is `# pyrite: overflow` is expected to overflow
Pyrite's 64-bit int where CPython goes on: CPython must exit 0, Pyrite must
print a prefix of CPython's output, then raise OverflowError.
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pyrite.frontend import check
from pyrite.ir.interp import run_module
from pyrite.ir.parser import parse_module
from pyrite.ir.printer import print_module
from pyrite.ir.verifier import verify
from pyrite.irgen import lower_module

OVERFLOW = "# pyrite: overflow"
MAX_STEPS = 20_000_000


def last_line(text: str) -> str:
    lines = text.rstrip().splitlines()
    return lines[-1].rstrip() if lines else ""


def cpython(path: Path) -> tuple[str, str, int]:
    proc = subprocess.run([sys.executable, path.name], cwd=path.parent, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    return proc.stdout, last_line(proc.stderr), proc.returncode


def pyrite(path: Path) -> tuple[str, str, int]:
    module = lower_module(check(path.read_text(), path.name))
    verify(module)
    text = print_module(module)
    assert print_module(parse_module(text, path.name)) == text, "the IR text does not round-trip"
    out, err = io.StringIO(), io.StringIO()
    status = run_module(module, out, err, max_steps=MAX_STEPS)
    return out.getvalue(), last_line(err.getvalue()), status


def compare(path: Path) -> None:
    expected, actual = cpython(path), pyrite(path)
    if path.read_text().startswith(OVERFLOW):
        assert expected[2] == 0, f"CPython failed: {expected[1]}"
        assert expected[0].startswith(actual[0])
        assert actual[1].startswith("OverflowError") and actual[2] == 1, actual
    else:
        assert actual == expected


def run_source(tmp_path: Path, source: str) -> None:
    path = tmp_path / "prog.py"
    path.write_text(textwrap.dedent(source).lstrip("\n"))
    compare(path)


PROGRAMS = {
    # ---- arithmetic ----
    "int_arith": """
        a = 17
        b = -5
        print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b, a ** 2, b ** 3)
        print(a / b, 7 / 7, -1 / 3, 2 ** -1, 10 ** -2, (-2) ** -3)
        print(a << 3, a >> 2, b >> 1, a & b, a | b, a ^ b, ~a, ~b, -a, +b)
    """,
    "float_arith": """
        x = 7.5
        y = -2.0
        print(x + y, x - y, x * y, x / y, x // y, x % y, -x % y, x ** 2, y ** 3, -x, +y)
        print(x + 1, 1 - x, 2 * y, 3 // y, 3 % y, 2 ** 0.5, 0.5 ** 2, 10 / 4)
    """,
    "bool_arith": """
        t = True
        f = False
        print(t + t, t - f, t * 5, -t, +t, ~t, ~f, t / 2, t // 1, t % 2, t ** 2)
        print(t & f, t | f, t ^ t, t & 3, f | 4, t << 3, 8 >> t, t + 0.5, t * 2.5)
    """,
    "truediv_exact": """
        big = 9007199254740993
        print(big / 1, big / 3, -big / 7, 9223372036854775807 / 10)
    """,
    "zero_div_int": "print(1 // 0)",
    "zero_mod_int": "print(1 % 0)",
    "zero_truediv": "print(1 / 0)",
    "zero_float_div": "print(1.0 / 0)",
    "zero_float_floordiv": "print(1.0 // 0.0)",
    "zero_float_mod": "print(5.5 % 0.0)",
    "overflow_mul": f"""
        {OVERFLOW}
        x = 3037000500
        print(x)
        print(x * x)
    """,
    "overflow_neg": f"""
        {OVERFLOW}
        m = -9223372036854775808
        print(m)
        print(-m)
    """,
    "overflow_abs": f"""
        {OVERFLOW}
        m = -9223372036854775807 - 1
        print(abs(m + 1))
        print(abs(m))
    """,
    "overflow_pow": f"""
        {OVERFLOW}
        print(2 ** 62)
        print(2 ** 63)
    """,
    "int64_limits": """
        print(9223372036854775807, -9223372036854775808, -9223372036854775807 - 1)
    """,
    "shift_negative": "print(1 << -1)",
    # ---- comparisons ----
    "compare_mixed": """
        big = 9007199254740993
        f = 9007199254740992.0
        print(big == f, big != f, big > f, big >= f, big < f, big <= f)
        print(f == big, f != big, f > big, f >= big, f < big, f <= big)
        print(1 == 1.0, 2 < 2.5, True == 1, True < 2, False == 0.0, True > 0.5, 3 >= True)
        nan = float("nan")
        print(nan == nan, nan != nan, 1 < nan, 1 > nan, 1 <= nan, 1 >= nan, 1 == nan, 1 != nan)
        print(nan < 1, nan >= 1, True < False, True >= False, False <= False)
    """,
    "compare_chain": """
        def v(x: int) -> int:
            print("eval", x)
            return x
        print(v(1) < v(2) < v(3))
        print(v(1) < v(0) < v(3))
        print(v(3) > v(2) >= v(2) > v(5) > v(0))
        a = 5
        print(0 < a <= 5, 0 < a < 5, 1 < 2.5 < 3, 2 == 2.0 == 2)
    """,
    "name_main": """
        def main() -> None:
            print("main")
        if __name__ == "__main__":
            main()
        if __name__ != "__main__":
            print("never")
        print(__name__ == "x")
    """,
    # ---- and / or / not / ternary ----
    "and_or_values": """
        print(0 or 5, 3 or 5, 0 and 5, 3 and 5, 0.0 or 2.5, 1.5 and 0.0, True and False)
        a = 0
        b = 7
        print(a or b, a and b, b and a or 9, not a, not b, not 0.0, not (a or b), not (a and b))
    """,
    "short_circuit": """
        def t(x: int) -> bool:
            print("t", x)
            return True
        def f(x: int) -> bool:
            print("f", x)
            return False
        print(t(1) or f(2), f(3) and t(4), f(5) or t(6) and f(7), t(8) and t(9) or f(10))
        if f(11) or t(12) and not f(13):
            print("yes")
        while f(14) and t(15):
            print("never")
        x = 1 if t(16) or f(17) else 2
        print(x)
    """,
    "condition_only": """
        a = 0
        b = 2.5
        if a or b:
            print("some")
        if a and b:
            print("both")
        else:
            print("not both")
        print(1 if (a or b) else 0, not (a and b))
    """,
    "ternary": """
        for i in range(4):
            print(10 if i % 2 == 0 else 11, i * 2 if i > 1 else -i, 0.5 if i else 1.5)
    """,
    "truthiness": """
        nan = float("nan")
        if nan:
            print("nan is truthy")
        if -0.0:
            print("never")
        if 3:
            print("3 is truthy")
        print(bool(0), bool(-2), bool(0.0), bool(nan), bool(), bool(True))
    """,
    # ---- variables ----
    "globals_in_functions": """
        count = 0
        def bump(n: int) -> int:
            global count
            count += n
            return count
        print(bump(2), bump(3), count)
        total = 1.5
        def read() -> float:
            return total * 2
        print(read())
    """,
    "global_name_error": """
        def f() -> int:
            return later + 1
        print("before")
        print(f())
        later = 1
    """,
    "global_defined_later": """
        def f() -> int:
            return later + 1
        later = 41
        print(f())
    """,
    "name_error_suggests_local": """
        def f(value: int) -> int:
            return valeu + value
        valeu_ = 1
        print(f(1))
        valeu = 2
    """,
    "name_error_suggests_defined_global": """
        counts = 1
        def f() -> int:
            return count + 1
        print(f())
        count = 5
    """,
    "name_error_skips_undefined_global": """
        def f() -> int:
            return count + 1
        def g() -> None:
            global counts
            counts = 1
        print(f() if False else 0)
        print(f())
        counts = 3
        count = 5
    """,
    "name_error_runtime_choice": """
        def f() -> int:
            return total + 1
        def g() -> None:
            global totals
            totals = 2
        g()
        print(f())
        total = 5
        totals = 1
    """,
    "name_error_runtime_no_choice": """
        def f() -> int:
            return total + 1
        def g() -> None:
            global totals
            totals = 2
        print(f())
        g()
        total = 5
        totals = 1
    """,
    "name_error_builtin": """
        def f() -> int:
            return lenn + 1
        print(f())
        lenn = 3
    """,
    "unbound_local": """
        def f(c: bool) -> int:
            if c:
                y = 1
            return y
        print(f(True))
        print(f(False))
    """,
    "maybe_unbound_toplevel": """
        for i in range(0):
            pass
        print("loop done")
        print(i)
    """,
    "tuple_assign": """
        a = 1
        b = 2
        a, b = b, a
        print(a, b)
        x = y = 3.5
        print(x, y)
        q, r = divmod(-17, 5)
        print(q, r)
        a, b = b + 10, a + 10
        print(a, b)
    """,
    "aug_assign": """
        x = 10
        x += 5
        x -= 3
        x *= 2
        x //= 5
        x %= 3
        x **= 3
        x <<= 2
        x >>= 1
        x |= 1
        x &= 13
        x ^= 6
        print(x)
        f = 1.5
        f += 1
        f *= 2
        f /= 4
        f //= 0.25
        f -= True
        print(f)
        b = True
        b &= False
        b |= True
        print(b)
    """,
    # ---- control flow ----
    "if_elif": """
        def sign(x: float) -> int:
            if x > 0:
                return 1
            elif x < 0:
                return -1
            else:
                return 0
        print(sign(2.5), sign(-0.5), sign(0.0), sign(float("nan")))
    """,
    "while_else": """
        i = 0
        while i < 5:
            i += 1
            if i == 2:
                continue
            print(i)
        else:
            print("done", i)
        while True:
            i -= 1
            if i < 2:
                break
        else:
            print("never")
        print(i)
    """,
    "while_true_return": """
        def find(n: int) -> int:
            k = 1
            while True:
                if k * k > n:
                    return k
                k += 1
        print(find(50))
    """,
    "for_range": """
        for i in range(3):
            print(i)
        for i in range(10, 0, -3):
            print(i, end=" ")
        print()
        for i in range(5, 5):
            print("never")
        print(i)
        for j in range(2, 8, 2):
            j = j * 100
            print(j)
        print(j)
        for k in range(True, 3):
            print(k)
    """,
    "for_range_extreme": """
        for i in range(9223372036854775805, 9223372036854775807):
            print(i)
        for i in range(-9223372036854775807, -9223372036854775808, -1):
            print(i)
        for i in range(0, 9223372036854775807, 4611686018427387904):
            print(i)
    """,
    "range_zero_step": """
        for i in range(0, 10, 0):
            print(i)
    """,
    "for_else_break": """
        for n in range(2, 20):
            for d in range(2, n):
                if n % d == 0:
                    break
            else:
                print(n, "prime")
        for i in range(3):
            if i == 5:
                break
        else:
            print("no break", i)
    """,
    "nested_continue": """
        total = 0
        for i in range(5):
            for j in range(5):
                if j > i:
                    break
                if (i + j) % 2:
                    continue
                total += i * j
        print(total)
    """,
    # ---- functions ----
    "recursion": """
        def fib(n: int) -> int:
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        print(fib(20))
    """,
    "deep_recursion": """
        def down(n: int) -> int:
            return down(n + 1)
        print(down(0))
    """,
    "defaults_keywords": """
        def f(a: int, b: float = 2.5, c: bool = True) -> float:
            print("f", a, b, c)
            return a * b if c else -b
        def g(x: int) -> int:
            print("g", x)
            return x
        print(f(1))
        print(f(2, c=False))
        print(f(b=float(g(1)), a=g(2)))
    """,
    "none_function": """
        def hello(n: int) -> None:
            if n > 1:
                print("big")
                return
            print("small")
        hello(1)
        hello(5)
        hello(0)
    """,
    # ---- builtins ----
    "print_forms": """
        print()
        print(1, 2.0, True, None, "s")
        print(1, 2, sep="")
        print(1, 2, sep=", ", end="!\\n")
        print("a", end="")
        print("b", sep=None, end=None)
        print(divmod(7, 2), divmod(-7.5, 2))
    """,
    "abs_min_max": """
        print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(True), abs(False))
        nan = float("nan")
        print(max(1, 3, 2), min(4, -1, 7), max(2.5, 1.5), min(True, False))
        print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(0.0, -0.0), min(0.0, -0.0))
        print(max(-0.0, 0.0), min(-0.0, 0.0), max(3, 3, 3), min(2.0, 1.0, 1.0))
    """,
    "conversions": """
        print(int(2.9), int(-2.9), int(True), int(7), int(), float(3), float(True), float())
        print(float("inf"), float("-inf"), float("nan"), float("1.5"), float(" 2 "))
        print(bool(3), bool(0.0), bool(), round(2.5), round(3.5), round(-0.5), round(7))
        print(round(2.675, 2), round(1234, -2), round(True), round(1.5, 0), round(15, -1))
    """,
    "int_of_nan": "print(int(float('nan')))",
    "int_of_inf": "print(int(float('inf')))",
    "divmod_pow": """
        print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.0))
        print(pow(2, 10), pow(2.0, -1), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2, 0.5))
    """,
    "divmod_zero": "print(divmod(1, 0))",
    "divmod_float_zero": "print(divmod(1.0, 0))",
    "powmod_zero": "print(pow(2, 3, 0))",
    # ---- math ----
    "math_funcs": """
        import math
        print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024))
        print(math.log10(0.001), math.sin(1), math.cos(0), math.tan(1), math.atan2(1, 1), math.fabs(-3))
        print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.9), math.floor(7), math.ceil(True))
        print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1), math.gcd(12, 18, 8))
        print(math.factorial(10), math.pi, math.e, math.tau, math.inf, math.hypot(3, 4), math.fmod(-7, 3))
        print(math.copysign(1, -0.0), math.asin(1), math.acos(1), math.atan(1), math.sinh(1))
        print(math.cosh(1), math.tanh(1), math.gcd(-4, 6), math.gcd(0, 0))
    """,
    "math_domain": """
        import math
        print(math.sqrt(-1))
    """,
    "math_floor_inf": """
        import math
        print(math.floor(math.inf))
    """,
    # ---- errors and exits ----
    "assert_ok_and_fail": """
        x = 3
        assert x == 3
        assert x > 0, "positive"
        assert x < 0, x * 2.5
    """,
    "assert_no_message": "assert 1 > 2",
    "assert_str_message": """
        assert False, "it failed"
    """,
    "raise_value_error": """
        def check(n: int) -> int:
            if n < 0:
                raise ValueError("negative input")
            return n
        print(check(3))
        print(check(-1))
    """,
    "raise_bare_class": "raise RuntimeError",
    "sys_exit_status": """
        import sys
        print("before")
        sys.exit(3)
        print("after")
    """,
    "sys_exit_msg": """
        import sys
        def stop() -> None:
            sys.exit("stopping")
        stop()
        print("never")
    """,
    "sys_exit_zero": """
        import sys
        for i in range(5):
            if i == 2:
                sys.exit()
            print(i)
    """,
    "sys_exit_bool": """
        import sys
        sys.exit(True)
    """,
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program(tmp_path: Path, name: str) -> None:
    run_source(tmp_path, PROGRAMS[name])


def test_ir_shape(tmp_path: Path) -> None:
    """Names, locations and the entry function as the IR contract says."""
    source = "x = 1\n\ndef f(n: int) -> int:\n    y = n + x\n    return y\n\nprint(f(2))\n"
    module = lower_module(check(source, "shape.py"))
    verify(module)
    assert module.filename == "shape.py"
    assert list(module.functions) == ["f", "__module__"]
    assert [(name, str(t)) for name, t in module.globals.items()] == [("x", "i64"), ("x.defined", "i1")]
    assert [p.name for p in module.functions["f"].params] == ["n"]
    text = print_module(module)
    assert "slot.i64" in text and "globalref @x.defined" in text
    assert all(op.loc is not None for fn in module.functions.values() for op in fn.ops())
    add = next(op for op in module.functions["f"].ops() if getattr(op, "op", None) == "add")
    assert (add.loc.line, add.loc.col) == (4, 8)


def lower_text(source: str) -> str:
    module = lower_module(check(textwrap.dedent(source).lstrip("\n"), "t.py"))
    verify(module)
    return print_module(module, locs=False)


def function_text(text: str, name: str) -> str:
    start = text.index(f"func @{name}(")
    return text[start:text.index("\n}\n", start)]


def test_dead_code_is_not_lowered() -> None:
    text = lower_text("""
        import sys
        def f(n: int) -> int:
            while True:
                if n > 3:
                    return n
                n += 1
            print(7)
        print(f(1))
        sys.exit(2)
        print(8)
    """)
    f, entry = function_text(text, "f"), function_text(text, "__module__")
    assert "while.end" not in f and "RuntimeError" not in f and "print" not in f
    assert entry.rstrip().endswith("unreachable")
    assert "const.i64 8" not in entry


def test_static_conditions_fold() -> None:
    text = lower_text("""
        def main() -> None:
            print(1)
        if __name__ == "__main__":
            main()
        else:
            print(2)
    """)
    entry = function_text(text, "__module__")
    assert "cbr" not in entry and "const.i64 2" not in entry and "call @main()" in entry


def test_fall_off_raises_runtime_error() -> None:
    """A value function the frontend let fall off its end raises, never runs into `unreachable`."""
    from pyrite.frontend.typed import INT

    tm = check("def f(n: int) -> int:\n    return n\n\nprint(f(1))\n", "t.py")
    tm.functions["f"].node.body[:] = [ast.Pass(lineno=2, col_offset=4)]
    assert tm.functions["f"].ret == INT
    module = lower_module(tm)
    verify(module)
    assert "raise RuntimeError" in print_module(module)


def test_for_loop_never_steps_past_the_end() -> None:
    f = function_text(lower_text("""
        def f(a: int, b: int) -> int:
            t = 0
            for i in range(a, b):
                t += i
            return t
    """), "f")
    step = f[f.index("^for.step:"):]
    assert f.index("^for.next:") < f.index("^for.step:") and "add.i64 %i.v" in step


def test_for_over_split_builds_no_list() -> None:
    """`for w in s.split()` / `s.split(sep)` walk s piece by piece; with maxsplit the list is built."""
    text = lower_text("""
        def f(s: str, sep: str) -> int:
            n = 0
            for w in s.split():
                n += len(w)
            for w in s.split(sep):
                n += len(w)
            for w in s.split(sep, 1):
                n += len(w)
            return n
    """)
    f = function_text(text, "f")
    assert f.count("rt @str_split(") == 1 and "str_split_ws" not in f  # only the one with maxsplit
    assert "rt @str_ws_token(" in f and "rt @str_sep_token_end(" in f and f.count("rt @str_piece(") == 2
