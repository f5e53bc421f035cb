"""Python's arithmetic, bitwise and comparison operators on IR values.

The operand and result types come from the frontend; mixed operands are
converted first (bool -> int -> float), so `True + 2.5` is
`add.f64 (itof (btoi %t)), 2.5`. The ops themselves carry Python's meaning
(checked overflow, floor division toward -inf, Python's ZeroDivisionError).
"""

from __future__ import annotations

import ast

from ..frontend.typed import BOOL, FLOAT, INT, STR, PyType
from ..ir.ops import Const, Value
from . import tuples
from .context import FnContext, IrgenError
from .convert import to_float, to_int

ARITH = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.FloorDiv: "floordiv",
         ast.Mod: "mod", ast.Pow: "pow"}
BITWISE = {ast.BitAnd: "and", ast.BitOr: "or", ast.BitXor: "xor"}
SHIFTS = {ast.LShift: "shl", ast.RShift: "shr"}
PREDICATES = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt",
              ast.GtE: "ge"}
SWAPPED = {"eq": "eq", "ne": "ne", "lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}


def binary(ctx: FnContext, op: ast.operator, a: Value, ta: PyType, b: Value, tb: PyType,
           tres: PyType) -> Value:
    """`a op b` where the frontend says the result is a `tres`."""
    kind = type(op)
    if tres == STR and kind is ast.Add:
        return ctx.b.rt("str_concat", [a, b])
    if tres == STR and kind is ast.Mult:
        return ctx.b.rt("str_repeat", [a, to_int(ctx, b, tb)] if ta == STR else [b, to_int(ctx, a, ta)])
    if kind is ast.Div:
        if FLOAT not in (ta, tb):  # int / int is exact-to-nearest, not float(a) / float(b)
            return ctx.b.rt("int_truediv", [to_int(ctx, a, ta), to_int(ctx, b, tb)])
        return ctx.b.binary("div", to_float(ctx, a, ta), to_float(ctx, b, tb))
    if kind in ARITH and tres == FLOAT:  # includes int ** -1 (the frontend types it float)
        return ctx.b.binary(ARITH[kind], to_float(ctx, a, ta), to_float(ctx, b, tb))
    if kind in ARITH and tres == INT:
        return ctx.b.binary(ARITH[kind], to_int(ctx, a, ta), to_int(ctx, b, tb))
    if kind in BITWISE and ta == tb == BOOL:
        return ctx.b.binary(BITWISE[kind], a, b)
    if kind in BITWISE:
        return ctx.b.binary(BITWISE[kind], to_int(ctx, a, ta), to_int(ctx, b, tb))
    if kind in SHIFTS:
        return ctx.b.binary(SHIFTS[kind], to_int(ctx, a, ta), to_int(ctx, b, tb))
    raise IrgenError(f"no lowering for {kind.__name__} on {ta} and {tb} giving {tres}")


def unary(ctx: FnContext, op: ast.unaryop, a: Value, ta: PyType) -> Value:
    b = ctx.b
    match op:
        case ast.USub() if ta == FLOAT:
            return b.unary("neg", a)
        case ast.USub():
            return b.unary("neg", to_int(ctx, a, ta))  # checked: -INT64_MIN overflows
        case ast.UAdd() if ta == FLOAT:
            return a
        case ast.UAdd():
            return to_int(ctx, a, ta)
        case ast.Invert():
            return b.unary("invert", to_int(ctx, a, ta))
    raise IrgenError(f"no lowering for {type(op).__name__} on {ta}")


def compare(ctx: FnContext, pred: str, a, ta: PyType, b, tb: PyType) -> Value:
    """`a pred b` as an i1, for any pair of scalar types Python can compare."""
    bld = ctx.b
    if ta == STR and tb == STR and isinstance(a.op, Const) and isinstance(b.op, Const):
        return bld.i1(_fold(pred, a.op.value, b.op.value))
    if ta == STR and tb == STR:
        return _str_compare(ctx, pred, a, b)
    if ta == FLOAT and tb == FLOAT:
        return bld.compare(pred, a, b)
    if ta == INT and tb == FLOAT:
        return _int_float(ctx, pred, a, b)
    if ta == FLOAT and tb == INT:
        return _int_float(ctx, SWAPPED[pred], b, a)
    if FLOAT in (ta, tb):  # a bool and a float: the bool converts exactly
        return bld.compare(pred, to_float(ctx, a, ta), to_float(ctx, b, tb))
    if ta == tb == BOOL and pred in ("eq", "ne"):
        return bld.compare(pred, a, b)
    if ta in (INT, BOOL) and tb in (INT, BOOL):
        return bld.compare(pred, to_int(ctx, a, ta), to_int(ctx, b, tb))
    if ta.is_tuple and tb.is_tuple:  # the same type, or one is tuple[T, ...] of the other's items
        return tuples.compare(ctx, pred, a, ta, b, tb)
    if ta.name == tb.name == "None" and pred in ("eq", "ne"):
        return bld.i1(pred == "eq")
    raise IrgenError(f"cannot compare {ta} with {tb} ({pred})")


def _str_compare(ctx: FnContext, pred: str, a: Value, b: Value) -> Value:
    """== and != by rt @str_eq; the orderings by rt @str_cmp (-1, 0, 1, code point by code point)."""
    bld = ctx.b
    if pred in ("eq", "ne"):
        equal = bld.rt("str_eq", [a, b])
        return equal if pred == "eq" else bld.unary("not", equal)
    return bld.compare(pred, bld.rt("str_cmp", [a, b]), bld.i64(0))


def _fold(pred: str, x, y) -> bool:
    return {"eq": x == y, "ne": x != y, "lt": x < y, "le": x <= y, "gt": x > y, "ge": x >= y}[pred]


def _int_float(ctx: FnContext, pred: str, i: Value, f: Value) -> Value:
    """int vs float exactly (no rounding of the int): rt @cmp_int_float gives -1/0/1, 2 if nan."""
    b = ctx.b
    r = b.rt("cmp_int_float", [i, f])
    match pred:
        case "eq":
            return b.compare("eq", r, b.i64(0))
        case "ne":
            return b.compare("ne", r, b.i64(0))
        case "lt":
            return b.compare("eq", r, b.i64(-1))
        case "gt":
            return b.compare("eq", r, b.i64(1))
        case "le":  # -1 or 0
            return b.compare("le", r, b.i64(0))
        case "ge":  # 0 or 1
            return b.binary("and", b.compare("ge", r, b.i64(0)), b.compare("le", r, b.i64(1)))
    raise IrgenError(f"unknown comparison {pred}")
