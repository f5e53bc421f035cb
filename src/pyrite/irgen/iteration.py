"""Iterables of a `for` loop as indexed sources: no iterator object is built.

Every iterable the frontend accepts (iteration.py there) is walked by a
counter k = 0, 1, 2, ... A source says, at the loop's head, whether step k
has an item (`more(k)`, re-reading a list's length each time, as CPython's
list iterator does), and gives that item (`item(k)`):

    str s              k < len(s) (read once)         s[k]
    list xs            k < len(xs) (every step)       xs[k]
    tuple t            k < len(t)                     t[k]
    range(a, b, c)     k < range_len(a, b, c)         a + k * c
    enumerate(src, n)  src.more(k)                    (n + k, src.item(k))   overflow-checked
    zip(s1, s2, s3)    s1.more(k) and s2.more(k) ...  (s1.item(k), s2.item(k), ...)
    reversed(xs)       k < n0 and n0-1-k < len(xs)    xs[n0 - 1 - k]   (n0: len when the loop starts)

The items of enumerate and zip are tuples kept as their parts (ADR 0008):
`for i, (a, b) in enumerate(zip(xs, ys))` unpacks them without a tuple
object; a tuple is built only when the target is a single name.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from ..frontend.typed import INT, STR, PyType, tuple_of
from ..ir.ops import Value
from . import callargs, expr, operators, sequences, tuples
from .context import FnContext, IrgenError, ir_type
from .convert import to_int


@dataclass
class Source:
    more: Callable[[Value], Value]  # i1: step k has an item
    item: Callable[[Value], object]  # the item of step k (a Value, or parts of a tuple)


def source(ctx: FnContext, node: ast.expr) -> Source:
    """Evaluate the iterable `node` (once, before the loop) and return how to walk it."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    name = info.name if info is not None and info.kind == "builtin" else None
    with ctx.at(node):
        match name:
            case "range":
                return _range(ctx, node, info.args)
            case "enumerate":
                return _enumerate(ctx, node, info.args)
            case "zip":
                parts = [source(ctx, a) for a in info.args]
                return Source(lambda k: _all(ctx, [p.more(k) for p in parts]), lambda k: [p.item(k) for p in parts])
            case "reversed":
                return _reversed(ctx, info.args[0])
        return _sequence(ctx, expr.lower(ctx, node), ctx.type_of(node))


def item_type(ctx: FnContext, node: ast.expr) -> PyType:
    """The type of the items `for x in node` gives x."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    name = info.name if info is not None and info.kind == "builtin" else None
    match name:
        case "range":
            return INT
        case "enumerate":
            return tuple_of(INT, item_type(ctx, info.args[0]))
        case "zip":
            return tuple_of(*(item_type(ctx, a) for a in info.args))
        case "reversed":
            return item_type(ctx, info.args[0])
    t = ctx.type_of(node)
    if t == STR:
        return STR
    return t.elem if t.is_list or t.is_var_tuple else t.items[0]


def _all(ctx: FnContext, conditions: list[Value]) -> Value:
    result = conditions[0]
    for c in conditions[1:]:
        result = ctx.b.binary("and", result, c)
    return result


def _sequence(ctx: FnContext, seq: Value, t: PyType) -> Source:
    b = ctx.b
    if t == STR:
        n = sequences.length(ctx, seq, t)  # a str cannot change
        return Source(lambda k: b.compare("lt", k, n), lambda k: b.rt("str_getitem", [seq, k]))
    if t.is_list:
        return Source(lambda k: b.compare("lt", k, b.rt("list_len", [seq])),
                      lambda k: b.rt("list_get", [seq, k], type=ir_type(t.elem)))
    if t.is_tuple:
        n = tuples.length(ctx, seq, t)
        elem = t.elem if t.is_var_tuple else t.items[0]
        return Source(lambda k: b.compare("lt", k, n), lambda k: b.rt("tuple_getitem", [seq, k], type=ir_type(elem)))
    raise IrgenError(f"cannot loop over a {t}")


def range_bounds(ctx: FnContext, call: ast.Call, exprs: list[ast.expr]) -> list[Value]:
    """start, stop, step of range(...), evaluated once, left to right."""
    values = [to_int(ctx, v, t) for v, t in callargs.arguments(ctx, call, exprs)]
    if len(values) == 1:
        values = [ctx.b.i64(0), values[0]]
    if len(values) == 2:
        values.append(ctx.b.i64(1))
    return values


def _range(ctx: FnContext, call: ast.Call, exprs: list[ast.expr]) -> Source:
    b = ctx.b
    start, stop, step = range_bounds(ctx, call, exprs)
    n = b.rt("range_len", [start, stop, step])
    return Source(lambda k: b.compare("lt", k, n), lambda k: b.binary("add", start, b.binary("mul", k, step)))


def _enumerate(ctx: FnContext, call: ast.Call, exprs: list[ast.expr]) -> Source:
    inner = source(ctx, exprs[0])
    start = ctx.b.i64(0)
    if len(exprs) == 2:
        start = to_int(ctx, expr.lower(ctx, exprs[1]), ctx.type_of(exprs[1]))

    def item(k: Value) -> list:
        with ctx.at(call):
            index = operators.binary(ctx, ast.Add(), start, INT, k, INT, INT)
        return [index, inner.item(k)]

    return Source(inner.more, item)


def _reversed(ctx: FnContext, arg: ast.expr) -> Source:
    b = ctx.b
    info = ctx.tm.calls.get(arg) if isinstance(arg, ast.Call) else None
    if info is not None and info.kind == "builtin" and info.name == "range":
        start, stop, step = range_bounds(ctx, arg, info.args)
        n = b.rt("range_len", [start, stop, step])
        last = b.binary("add", start, b.binary("mul", b.binary("sub", n, b.i64(1)), step))
        return Source(lambda k: b.compare("lt", k, n), lambda k: b.binary("sub", last, b.binary("mul", k, step)))
    t = ctx.type_of(arg)
    seq = expr.lower(ctx, arg)
    forward = _sequence(ctx, seq, t)
    n0 = sequences.length(ctx, seq, t) if t == STR or t.is_list else tuples.length(ctx, seq, t)

    def position(k: Value) -> Value:
        return b.binary("sub", b.binary("sub", n0, b.i64(1)), k)

    def more(k: Value) -> Value:
        started = b.compare("lt", k, n0)
        if not t.is_list:
            return started
        return b.binary("and", started, forward.more(position(k)))  # the list may have shrunk

    return Source(more, lambda k: forward.item(position(k)))
