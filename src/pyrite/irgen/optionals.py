"""Optional values (`T | None`): a reference that is null for None.

For a reference type T (str, list, tuple) the value is T's object itself;
for a scalar T (int, float, bool) it is boxed in a 1-tuple, so every
optional is one pointer and `is None` one comparison:

    x: int | None = 5       %b = rt @tuple_new("tuple[int]", 1); rt @tuple_init(%b, 0, 5)
    x = None                const.tuple null
    x is None               rt @is_none(%x)
    x + 1  (x narrowed)     rt @tuple_get(%x, 0) : i64, then add
    print(x)                cbr (rt @is_none(%x)), print None, print the value

The frontend narrows a variable only where a test proved it is not None
(frontend/optionals.py), so unwrapping needs no check of its own.
"""

from __future__ import annotations

from ..frontend.typed import NONE, PyType, tuple_of
from ..ir.ops import Value
from .context import FnContext, ir_type


def boxed(t: PyType) -> bool:
    """Whether T | None keeps T in a 1-tuple (T is a scalar)."""
    return not ir_type(t.elem).is_ref


def wrap(ctx: FnContext, value, src: PyType, dst: PyType) -> Value:
    """A value of type src (T or None) as a dst (T | None)."""
    b = ctx.b
    if src == NONE:
        return b.const(None, ir_type(dst))
    if not boxed(dst):
        return value
    box = b.rt("tuple_new", [ctx.tdesc(tuple_of(dst.elem)), b.i64(1)])
    b.rt("tuple_init", [box, b.i64(0), value])
    return box


def unwrap(ctx: FnContext, value: Value, t: PyType) -> Value:
    """The T inside a T | None known not to be None."""
    if not boxed(t):
        return value
    return ctx.b.rt("tuple_get", [value, ctx.b.i64(0)], type=ir_type(t.elem))


def is_none(ctx: FnContext, value, t: PyType) -> Value:
    if t == NONE:
        return ctx.b.i1(True)
    if not t.is_optional:
        return ctx.b.i1(False)
    return ctx.b.rt("is_none", [value])


def print_optional(ctx: FnContext, value: Value, t: PyType, print_value) -> None:
    """print(x) of a T | None: None, or the value."""
    none, some, end = ctx.block("print.none"), ctx.block("print.some"), ctx.block("print.end")
    ctx.branch(ctx.b.rt("is_none", [value]), none, some)
    ctx.enter(none)
    ctx.b.rt("print_none", [])
    ctx.jump(end)
    ctx.enter(some)
    print_value(ctx, unwrap(ctx, value, t), t.elem, False)
    ctx.jump(end)
    ctx.enter(end)
