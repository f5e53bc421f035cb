"""The backend's arithmetic, comparisons and conversions against `ir/semantics.py`.

Each table applies ops to edge inputs (INT_MIN, INT_MAX, -1, 0, 1, -0.0, inf,
nan, ...); the program is compiled at -O0 and -O2, run as an executable and in
the JIT, and every printed value or raised exception must be the reference's.
"""

from __future__ import annotations

import itertools

from pyrite.ir import semantics
from pyrite.ir.ops import FLOAT_BINARY, INT_BINARY, COMPARE_PREDS

from test_backend_harness import BOOLS, EDGE_FLOATS, EDGE_INTS, FLOATS, INTS, Op, OpTable, check_table

INT_OPS = sorted(INT_BINARY)
FLOAT_OPS = sorted(FLOAT_BINARY)
PREDS = sorted(COMPARE_PREDS)
SMALL_CONSTANTS = [semantics.INT_MIN, -1, 0, 1, 2, 3, 7, 63, 64]


def pairs(values):
    return list(itertools.product(values, values))


def _binary(op: str, ty: str):
    return Op(f"%r = {op}.{ty} %a, %b", ty, lambda a, b: semantics.binary(op, ty, a, b))


def _with_constant(op: str, c: int):
    body = f"%k = const.i64 {c}\n%r = {op}.i64 %a, %k"
    return Op(body, "i64", lambda a: semantics.int_binary(op, a, c))


def _compare(pred: str, ty: str):
    return Op(f"%r = {pred}.{ty} %a, %b", "i1", lambda a, b: semantics.compare(pred, a, b))


def test_int_binary(tmp_path):
    ops = [_binary(op, "i64") for op in INT_OPS]
    check_table(OpTable("int_binary", ["i64", "i64"], ops, pairs(INTS), pairs(EDGE_INTS)), tmp_path)


def test_int_binary_constant_rhs(tmp_path):
    """x OP c: LLVM folds the checks around the constant; the result must not change."""
    ops = [_with_constant(op, c) for op in INT_OPS for c in SMALL_CONSTANTS]
    check_table(OpTable("int_const", ["i64"], ops, [(a,) for a in INTS], [(a,) for a in EDGE_INTS]), tmp_path,
                levels=(2,), jit_levels=())


def test_float_binary(tmp_path):
    ops = [_binary(op, "f64") for op in FLOAT_OPS]
    check_table(OpTable("float_binary", ["f64", "f64"], ops, pairs(FLOATS), pairs(EDGE_FLOATS)), tmp_path)


def test_bool_binary_and_compares(tmp_path):
    ops = [_binary(op, "i1") for op in ("and", "or", "xor")] + [_compare(p, "i1") for p in PREDS]
    check_table(OpTable("bool_ops", ["i1", "i1"], ops, pairs(BOOLS)), tmp_path)


def test_int_compares(tmp_path):
    ops = [_compare(p, "i64") for p in PREDS]
    check_table(OpTable("int_cmp", ["i64", "i64"], ops, pairs(INTS), pairs(EDGE_INTS)), tmp_path)


def test_float_compares(tmp_path):
    ops = [_compare(p, "f64") for p in PREDS]
    check_table(OpTable("float_cmp", ["f64", "f64"], ops, pairs(FLOATS), pairs(EDGE_FLOATS)), tmp_path)


def _unary(op: str, ty: str):
    return Op(f"%r = {op}.{ty} %a", ty, lambda a: semantics.unary(op, ty, a))


def _convert(op: str, result: str):
    return Op(f"%r = {op} %a", result, lambda a: semantics.convert(op, a))


def test_unary_and_conversions(tmp_path):
    ints = INTS + [2**53 + 1, -(2**53) - 1, 2**62 + 1]
    floats = FLOATS + [0.9999, -0.9999, 9.2e18, -9.2e18, 9223372036854774784.0, 2.0**63 - 1024,
                       -(2.0**63) - 2048, 1e19, 4503599627370497.5]
    check_table(OpTable("int_unary", ["i64"], [_unary("neg", "i64"), _unary("invert", "i64"), _convert("itof", "f64")],
                        [(a,) for a in ints]), tmp_path)
    check_table(OpTable("float_unary", ["f64"], [_unary("neg", "f64"), _convert("ftoi", "i64")],
                        [(a,) for a in floats]), tmp_path)
    check_table(OpTable("bool_unary", ["i1"], [_unary("not", "i1"), _convert("btoi", "i64")],
                        [(a,) for a in BOOLS]), tmp_path)
