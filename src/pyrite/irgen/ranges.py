"""Range values (ADR 0012): a runtime object holding start, stop and step, an IR
`tuple` value whose descriptor is "range" (runtime/c/range.c).

    r = range(a, b, c)    %r = rt @range_new(%a, %b, %c)         ValueError for a zero step
    r.start               rt @range_start(%r)   (and range_stop, range_step)
    len(r)                rt @range_len(start, stop, step)       OverflowError beyond 2**63 - 1 numbers
    r[i]                  rt @range_getitem(%r, %i)              IndexError
    r[a:b:c]              rt @range_getslice(%r, %a, %b, %c, %omitted)
    x in r                rt @range_contains(%r, %x)
    r.index(x)            rt @range_index(%r, %x)                ValueError: 7 is not in range
    r.count(x)            btoi (rt @range_contains(%r, %x))
    r == s                rt @compare(%r, %s, "range", 0)        as sequences: range(0) == range(2, 2)
    print(r), str(r)      by the descriptor: range(0, 5), range(2, 10, 3)

A loop over a range value reads its three bounds once and counts like a loop
over `range(...)` (iteration.py).
"""

from __future__ import annotations

import ast

from ..frontend.typed import RANGE, CallInfo
from ..ir.ops import Value
from . import callargs, expr
from .context import FnContext, IrgenError
from .convert import to_int

BOUNDS = ("range_start", "range_stop", "range_step")


def call_bounds(ctx: FnContext, call: ast.Call, exprs: list[ast.expr]) -> list[Value]:
    """start, stop, step of `range(...)`, evaluated once, left to right."""
    values = [to_int(ctx, v, t) for v, t in callargs.arguments(ctx, call, exprs)]
    if not 1 <= len(values) <= 3:
        raise IrgenError(f"range() with {len(values)} arguments", call)
    if len(values) == 1:
        values = [ctx.b.i64(0), values[0]]
    if len(values) == 2:
        values.append(ctx.b.i64(1))
    return values


def bounds(ctx: FnContext, r: Value) -> list[Value]:
    """start, stop, step of a range value."""
    return [ctx.b.rt(name, [r]) for name in BOUNDS]


def new(ctx: FnContext, call: ast.Call, info: CallInfo) -> Value:
    """range(...) as a value."""
    start, stop, step = call_bounds(ctx, call, info.args)
    with ctx.at(call):
        return ctx.b.rt("range_new", [start, stop, step])


def length(ctx: FnContext, r: Value) -> Value:
    return ctx.b.rt("range_len", bounds(ctx, r))


def truth(ctx: FnContext, r: Value) -> Value:
    """bool(r): not empty (without counting, which could overflow)."""
    b = ctx.b
    start, stop, step = bounds(ctx, r)
    up = b.compare("gt", step, b.i64(0))
    return b.binary("or", b.binary("and", up, b.compare("lt", start, stop)),
                    b.binary("and", b.unary("not", up), b.compare("gt", start, stop)))


def attribute(ctx: FnContext, node: ast.Attribute) -> Value:
    r = expr.lower(ctx, node.value)
    return ctx.b.rt(f"range_{node.attr}", [r])


def subscript(ctx: FnContext, node: ast.Subscript) -> Value:
    """r[i] and r[a:b:c]: the range first, then the index or the slice's bounds."""
    from .listops import slice_parts  # circular: listops lowers through comprehensions

    r = expr.lower(ctx, node.value)
    if isinstance(node.slice, ast.Slice):
        parts = slice_parts(ctx, node.slice)
        with ctx.at(node):
            return ctx.b.rt("range_getslice", [r, *parts])
    index = to_int(ctx, expr.lower(ctx, node.slice), ctx.type_of(node.slice))
    with ctx.at(node):
        return ctx.b.rt("range_getitem", [r, index])


def contains(ctx: FnContext, op: ast.cmpop, x: Value, tx, r: Value) -> Value:
    found = ctx.b.rt("range_contains", [r, to_int(ctx, x, tx)])
    return found if isinstance(op, ast.In) else ctx.b.unary("not", found)


def lower_method(ctx: FnContext, node: ast.Call, info: CallInfo) -> Value:
    """r.index(x), r.count(x): the range, then x."""
    r = expr.lower(ctx, info.args[0])
    x = expr.lower(ctx, info.args[1])
    x = to_int(ctx, x, ctx.type_of(info.args[1]))
    b = ctx.b
    with ctx.at(node):
        if info.name == "range.index":
            return b.rt("range_index", [r, x])
        return b.convert("btoi", b.rt("range_contains", [r, x]))


def compare(ctx: FnContext, pred: str, a: Value, b: Value) -> Value:
    """r == s, r != s (the frontend rejects the orderings, as CPython does)."""
    code = {"eq": 0, "ne": 1}.get(pred)
    if code is None:
        raise IrgenError(f"ranges cannot be compared with {pred}")
    return ctx.b.rt("compare", [a, b, ctx.tdesc(RANGE), ctx.b.i64(code)])
