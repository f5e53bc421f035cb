"""Lowering `key=` calls (frontend/keyed.py): the keys are computed by calling the
key function in a compiled loop, then the C runtime sorts by them (stable,
CPython's timsort) or the loop keeps the first least/greatest.

    sorted(xs, key=f, reverse=r)     ys = list_copy(xs); keys[k] = f(ys[k]); rt @list_sort_keyed(ys, keys, r)
    xs.sort(key=f, reverse=r)        items = rt @list_sort_begin(xs)   (xs looks empty meanwhile)
                                     keys[k] = f(items[k]); rt @list_sort_end(xs, items, keys, r)
    min(xs, key=f) / max(xs, key=f)  the first item whose key is least / greatest
"""

from __future__ import annotations

import ast

from ..frontend.typed import STR, CallInfo, PyType, list_of
from ..ir.ops import Value
from ..ir.types import I64
from . import closures, expr, listops
from .context import FnContext, ir_type
from .convert import to_int
from .sequences import count_loop


def lower(ctx: FnContext, node: ast.Call, info: CallInfo):
    seq_node, key_node, reverse_node = info.args
    fresh = info.name != "list.sort" and not listops.is_list(ctx, seq_node)  # made into a new list of its items
    xs, item = listops.materialize(ctx, seq_node) if fresh else (expr.lower(ctx, seq_node), None)
    t = list_of(item) if fresh else ctx.type_of(seq_node)
    f = expr.lower(ctx, key_node)
    reverse = _reverse(ctx, reverse_node)
    if info.name == "sorted":
        ys = xs if fresh else ctx.b.rt("list_copy", [xs])
        ctx.b.rt("list_sort_keyed", [ys, _keys(ctx, ys, t, f, key_node), reverse])
        return ys
    if info.name == "list.sort":
        items = ctx.b.rt("list_sort_begin", [xs])
        ctx.b.rt("list_sort_end", [xs, items, _keys(ctx, items, t, f, key_node), reverse])
        return None
    return _extreme(ctx, info.name, xs, t, f, key_node)


def _reverse(ctx: FnContext, node: ast.expr | None) -> Value:
    if node is None:
        return ctx.b.i64(0)
    return to_int(ctx, expr.lower(ctx, node), ctx.type_of(node))


def _key_type(ctx: FnContext, key_node: ast.expr) -> PyType:
    return ctx.type_of(key_node).ret


def _keys(ctx: FnContext, items: Value, t: PyType, f: Value, key_node: ast.expr) -> Value:
    """[f(x) for x in items], one call per item, in order."""
    b = ctx.b
    kt = _key_type(ctx, key_node)
    n = b.rt("list_len", [items])
    keys = b.rt("list_new", [ctx.tdesc(list_of(kt)), n])
    call = ctx.function_values.dispatchers[str(ctx.type_of(key_node))]

    def body(k: Value) -> None:
        item = b.rt("list_get", [items, k], type=ir_type(t.elem))
        b.rt("list_init", [keys, k, b.call(call, [f, item])])

    count_loop(ctx, n, "keys", body)
    return keys


def _extreme(ctx: FnContext, name: str, xs: Value, t: PyType, f: Value, key_node: ast.expr) -> Value:
    """min/max by key: the first item whose key no later key beats (CPython's order)."""
    b = ctx.b
    kt = _key_type(ctx, key_node)
    call = ctx.function_values.dispatchers[str(ctx.type_of(key_node))]
    n = b.rt("list_len", [xs])
    ctx.check(b.compare("gt", n, b.i64(0)), "ValueError", f"{name}() arg is an empty sequence", f"{name}.empty")
    first = b.rt("list_get", [xs, b.i64(0)], type=ir_type(t.elem))
    head = ctx.block(f"{name}.head", [I64, ir_type(t.elem), ir_type(kt)], [f"{name}.k", f"{name}.best", f"{name}.bestkey"])
    step, end = ctx.block(f"{name}.body"), ctx.block(f"{name}.end", [ir_type(t.elem)], [f"{name}.result"])
    ctx.jump(head, [b.i64(1), first, b.call(call, [f, first])])
    ctx.enter(head)
    k, best, best_key = head.params
    ctx.branch(b.compare("lt", k, n), step, end, [], [best])
    ctx.enter(step)
    item = b.rt("list_get", [xs, k], type=ir_type(t.elem))
    key = b.call(call, [f, item])
    better = _less(ctx, key, best_key, kt) if name == "min" else _less(ctx, best_key, key, kt)
    take, keep = ctx.block(f"{name}.take"), ctx.block(f"{name}.keep")
    ctx.branch(better, take, keep)
    ctx.enter(take)
    ctx.jump(head, [b.binary("add", k, b.i64(1)), item, key])
    ctx.enter(keep)
    ctx.jump(head, [b.binary("add", k, b.i64(1)), best, best_key])
    ctx.enter(end)
    return end.params[0]


def _less(ctx: FnContext, a: Value, b_: Value, t: PyType) -> Value:
    b = ctx.b
    if t == STR:
        return b.compare("lt", b.rt("str_cmp", [a, b_]), b.i64(0))
    if t.name == "bool":
        return b.compare("lt", to_int(ctx, a, t), to_int(ctx, b_, t))
    if t.is_tuple:
        return b.rt("compare", [a, b_, ctx.tdesc(t), b.i64(2)])  # op 2: <
    return b.compare("lt", a, b_)
