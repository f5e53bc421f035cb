"""Conversions between Python's scalar types, made explicit as IR ops.

    bool -> int     btoi                 (True + 1, abs(True), range(True))
    int  -> float   itof                 (1 + 2.5, math.sqrt(2))
    bool -> float   btoi, itof
    x    -> bool    truthiness: int `ne 0`, float `ne.f64 0.0` (nan is truthy)
    x    -> bool    str and list: not empty (rt @str_len / @list_len, `ne 0`)
    x    -> str     str(x): rt @str_i64 / @str_f64 / @str_bool; a list by its type
                    descriptor, rt @to_str(%xs, %t)
"""

from __future__ import annotations

from ..frontend.typed import BOOL, FLOAT, INT, NONE, STR, PyType
from ..ir.ops import Const, Value
from .context import FnContext, IrgenError


def to_int(ctx: FnContext, v: Value, t: PyType) -> Value:
    if t == BOOL:
        return ctx.b.convert("btoi", v)
    if t == INT:
        return v
    raise IrgenError(f"expected an int, got {t}")


def to_float(ctx: FnContext, v: Value, t: PyType) -> Value:
    if t == FLOAT:
        return v
    return ctx.b.convert("itof", to_int(ctx, v, t))


def coerce(ctx: FnContext, v, src: PyType, dst: PyType):
    """`v` (of type src) as a dst, where the frontend lets a src flow into a dst."""
    if src == dst:
        return v
    if dst.is_optional and src.is_tuple and dst.elem.is_var_tuple:
        src = dst.elem
    if dst.is_optional and src in (dst.elem, NONE):
        from .optionals import wrap  # optionals imports context, as this module does
        return wrap(ctx, v, src, dst)
    if dst == INT and src == BOOL:
        return to_int(ctx, v, src)
    if dst == FLOAT and src in (INT, BOOL):
        return to_float(ctx, v, src)
    if src.is_tuple and dst.is_var_tuple:
        from .tuples import box  # tuples imports context, as this module does

        return box(ctx, v, src)  # the same items: a tuple[int, int] object is also a tuple[int, ...] one
    raise IrgenError(f"cannot use a {src} where a {dst} is expected")


def truth(ctx: FnContext, v, t: PyType) -> Value:
    """The truthiness of a value, as an i1."""
    b = ctx.b
    if t == BOOL:
        return v
    if t == INT:
        return b.compare("ne", v, b.i64(0))
    if t == FLOAT:
        return b.compare("ne", v, b.f64(0.0))  # unordered-or-not-equal: nan is truthy
    if t == NONE:
        return b.i1(False)
    if t == STR and isinstance(v.op, Const):
        return b.i1(v.op.value != "")
    if t == STR or t.is_list:
        return b.compare("ne", b.rt("str_len" if t == STR else "list_len", [v]), b.i64(0))
    if t.is_var_tuple:
        return b.compare("ne", b.rt("tuple_len", [v]), b.i64(0))
    if t.name == "tuple":
        return b.i1(bool(t.items))
    if t.is_dict or t.is_set:
        return b.compare("ne", b.rt("dict_len" if t.is_dict else "set_len", [v]), b.i64(0))
    if t.name == "range":
        from .ranges import truth as range_truth  # circular: ranges converts its operands here

        return range_truth(ctx, v)
    raise IrgenError(f"no truthiness for {t}")


def to_str(ctx: FnContext, v, t: PyType) -> Value:
    """str(v), also for the message of an assert or a raise."""
    b = ctx.b
    match t.name:
        case "str":
            return v
        case "int":
            return b.rt("str_i64", [v])
        case "float":
            return b.rt("str_f64", [v])
        case "bool":
            return b.rt("str_bool", [v])
        case "None":
            return b.str("None")
        case "list" | "tuple" | "dict" | "set" | "range":
            return b.rt("to_str", [v, ctx.tdesc(t)])
    raise IrgenError(f"cannot make a str of a {t}")
