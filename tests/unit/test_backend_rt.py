"""`rt` ops through the backend against `ir/semantics.py`'s RT_IMPL.

Some are inline code (isnan, math_floor, str_bool, sqrt, ...), the rest calls
into the runtime; either way the printed values and raised exceptions must be
the reference's, at -O0 and -O2, as an executable and in the JIT.
"""

from __future__ import annotations

import itertools

from pyrite.ir.rtfuncs import MATH_BINARY, MATH_UNARY
from pyrite.ir.semantics import INT_MAX, INT_MIN, RT_IMPL

from test_backend_harness import EDGE_FLOATS, FLOATS, INTS, Op, OpTable, check_table, spread

MORE_FLOATS = FLOATS + [2.5, -2.5, 1.5, -1.5, 0.49999999999999994, 1e300, -1e300, 9.2e18, 123.456, 4.35, -0.1]


def rt(name: str, result: str, params: str = "%a") -> Op:
    return Op(f"%r = rt @{name}({params})", result, RT_IMPL[name])


def singles(values):
    return [(v,) for v in values]


def test_float_predicates_and_rounding(tmp_path):
    ops = [rt("isnan", "i1"), rt("isinf", "i1"), rt("isfinite", "i1"), rt("math_floor", "i64"),
           rt("math_ceil", "i64"), rt("float_round_int", "i64"), rt("math_sqrt", "f64"), rt("math_fabs", "f64")]
    check_table(OpTable("float_rt", ["f64"], ops, singles(MORE_FLOATS)), tmp_path)


def test_strings(tmp_path):
    """str(x): on the stack when only printed, malloc'd when it leaves the function."""
    extra = """
func @escape(%x: i64) -> str {
^entry:
  %s = rt @str_i64(%x)
  ret %s
}
"""
    ops = [rt("str_i64", "str"), Op("%r = call @escape(%a)", "str", RT_IMPL["str_i64"])]
    check_table(OpTable("str_int", ["i64"], ops, singles(INTS), extra=extra), tmp_path)
    values = singles(MORE_FLOATS)
    check_table(OpTable("str_float", ["f64"], [rt("str_f64", "str")], values, spread(values, 8)), tmp_path)
    check_table(OpTable("str_bool", ["i1"], [rt("str_bool", "str")], singles([False, True])), tmp_path, levels=(0,))


def test_math_functions(tmp_path):
    values = MORE_FLOATS + [0.7, -0.7, 1e-300, 710.0, -710.0, 100.0]
    unary = [rt(f"math_{name}", "f64") for name in MATH_UNARY]
    check_table(OpTable("math_unary", ["f64"], unary, singles(values), spread(singles(EDGE_FLOATS), 5)), tmp_path,
                levels=(2,))
    pairs = list(itertools.product(EDGE_FLOATS + [2.0, -7.5, 1e-300], repeat=2))
    binary = [rt(f"math_{name}", "f64", "%a, %b") for name in MATH_BINARY]
    check_table(OpTable("math_binary", ["f64", "f64"], binary, pairs, spread(pairs, 12)), tmp_path, levels=(2,))


def test_int_runtime_functions(tmp_path):
    pairs = list(itertools.product(INTS, repeat=2))
    ops = [rt("int_truediv", "f64", "%a, %b"), rt("gcd", "i64", "%a, %b")]
    check_table(OpTable("int_rt", ["i64", "i64"], ops, pairs, spread(pairs, 25)), tmp_path, levels=(2,))


def test_int_round(tmp_path):
    digits = [-20, -19, -3, -1, 0, 1, 5, 30]
    rounds = list(itertools.product(INTS, digits))
    check_table(OpTable("int_round", ["i64", "i64"], [rt("int_round", "i64", "%a, %b")], rounds, spread(rounds, 25)),
                tmp_path, levels=(2,))


def test_powmod_and_factorial(tmp_path):
    small = [-3, -1, 0, 1, 2, 7, 25, 100, INT_MAX, INT_MIN]
    powmod = [(b, e, m) for b in small for e in [-1, 0, 1, 2, 63, INT_MAX] for m in [-7, -1, 0, 1, 7, INT_MAX]]
    ops = [rt("int_powmod", "i64", "%a, %b, %c")]
    check_table(OpTable("powmod", ["i64", "i64", "i64"], ops, powmod, spread(powmod, 12)), tmp_path, levels=(2,))
    check_table(OpTable("factorial", ["i64"], [rt("factorial", "i64")], singles([-5, -1, 0, 1, 2, 5, 20, 21, 25, 100])),
                tmp_path, levels=(2,))


def test_mixed_int_float(tmp_path):
    ints = [INT_MIN, -(2**53) - 1, -7, -1, 0, 1, 7, 2**53, 2**53 + 1, INT_MAX]
    floats = EDGE_FLOATS + [9007199254740992.0, 9223372036854775808.0, -9223372036854775808.0, 7.0, -7.5]
    ops = [rt("cmp_int_float", "i64", "%a, %b")]
    cases = list(itertools.product(ints, floats))
    check_table(OpTable("cmp_int_float", ["i64", "f64"], ops, cases, spread(cases, 40)), tmp_path)
    digits = [-400, -308, -20, -1, 0, 1, 2, 17, 400]
    rounds = list(itertools.product(MORE_FLOATS, digits))
    ops = [rt("float_round", "f64", "%a, %b")]
    check_table(OpTable("float_round", ["f64", "i64"], ops, rounds, spread(rounds, 25)), tmp_path, levels=(2,))


def test_range_len(tmp_path):
    ends = [INT_MIN, INT_MIN + 1, -10, -1, 0, 1, 3, 10, INT_MAX - 1, INT_MAX]
    steps = [INT_MIN, -3, -1, 0, 1, 2, 3, INT_MAX]
    cases = list(itertools.product(ends, ends, steps))
    constant = list(itertools.product([INT_MIN, -1, 0, 10, INT_MAX], [INT_MIN, 0, 10, INT_MAX], [-1, 0, 3]))
    check_table(OpTable("range_len", ["i64", "i64", "i64"], [rt("range_len", "i64", "%a, %b, %c")], cases,
                        constant), tmp_path)
