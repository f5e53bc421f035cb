"""set methods given iterables that are not sets, or several arguments (CPython takes
any iterables). Each argument is evaluated first, in order: a set or dict as it is,
anything else as the list of its items (listops.materialize). Then, as CPython 3.11's
setobject.c does (the C runtime's *_list and *_dict functions keep its table layout,
so the result prints in CPython's order):

    s.update(a, b)          rt @set_update(%s, %a) / @set_update_dict / @set_update_list, per argument
    s.union(a, b)           %r = rt @set_copy(%s), then as update
    s.intersection(a, b)    %r = s; %r = rt @set_intersection(%r, %a) / @set_intersection_list, per argument
    s.difference(a, b)      %r = rt @set_difference(%s, %a) / @set_difference_list (a dict as a set),
                            then rt @set_difference_update(%r, %b) / @set_difference_update_list
    s.symmetric_difference(xs)  %x = rt @set_from_list(%t, %xs); rt @set_symmetric_difference_update(%x, %s)
    s.issubset(xs)          rt @set_issubset(%s, set_from_list(%t, %xs)) (also issuperset, isdisjoint)

With no argument, union/intersection/difference are a copy and update does nothing.
"""

from __future__ import annotations

import ast

from ..frontend.typed import CallInfo, PyType, list_of
from ..ir.ops import Value
from . import expr, listops
from .context import FnContext

METHODS = ("update", "union", "intersection", "difference", "symmetric_difference",
           "issubset", "issuperset", "isdisjoint")


def needs_lowering_here(ctx: FnContext, info: CallInfo) -> bool:
    """Whether a set method call has other than exactly one set argument."""
    name = info.name.split(".")[1]
    args = info.args[1:]
    return name in METHODS and (len(args) != 1 or _kind(ctx, args[0]) != "set")


def lower(ctx: FnContext, node: ast.Call, info: CallInfo) -> Value | None:
    s, t = expr.lower(ctx, info.args[0]), ctx.type_of(info.args[0])
    kinds = [_kind(ctx, arg) for arg in info.args[1:]]
    operands = [(kind, _lower_operand(ctx, arg, kind)) for arg, kind in zip(info.args[1:], kinds)]
    name = info.name.split(".")[1]
    with ctx.at(node):
        return HANDLERS[name](ctx, s, t, operands)


def _kind(ctx: FnContext, node: ast.expr) -> str:
    from .iteration import builtin_name  # circular: iteration lowers through expr
    from .mapping_loops import view_method  # circular: mapping loops lower through expr

    t = ctx.tm.types.get(node)  # none for range(...), zip(...): only iterated
    if t is None or builtin_name(ctx, node) is not None or view_method(ctx, node) is not None:
        return "list"
    return "set" if t.is_set else "dict" if t.is_dict else "list"


def _lower_operand(ctx: FnContext, node: ast.expr, kind: str) -> Value:
    if kind == "list":
        return listops.materialize(ctx, node)[0]
    return expr.lower(ctx, node)


def _as_list(ctx: FnContext, kind: str, value: Value, t: PyType) -> Value:
    """A dict operand as the list of its keys (a list operand as it is)."""
    return ctx.b.rt("dict_keys", [value, ctx.tdesc(list_of(t.items[0]))]) if kind == "dict" else value


def _as_set(ctx: FnContext, kind: str, value: Value, t: PyType) -> Value:
    """A set operand as it is; a dict's or list's items as a new set (CPython's set(it))."""
    if kind == "set":
        return value
    return ctx.b.rt("set_from_dict" if kind == "dict" else "set_from_list", [ctx.tdesc(t), value])


def _update(ctx: FnContext, s: Value, t: PyType, operands) -> None:
    for kind, value in operands:
        ctx.b.rt({"set": "set_update", "dict": "set_update_dict", "list": "set_update_list"}[kind], [s, value])
    return None


def _union(ctx: FnContext, s: Value, t: PyType, operands) -> Value:
    result = ctx.b.rt("set_copy", [s])
    _update(ctx, result, t, operands)
    return result


def _intersection(ctx: FnContext, s: Value, t: PyType, operands) -> Value:
    if not operands:
        return ctx.b.rt("set_copy", [s])
    result = s
    for kind, value in operands:
        if kind == "set":
            result = ctx.b.rt("set_intersection", [result, value])
        else:
            result = ctx.b.rt("set_intersection_list", [result, _as_list(ctx, kind, value, t)])
    return result


def _difference(ctx: FnContext, s: Value, t: PyType, operands) -> Value:
    if not operands:
        return ctx.b.rt("set_copy", [s])
    (kind, first), *rest = operands
    if kind == "list":
        result = ctx.b.rt("set_difference_list", [s, first])
    else:  # CPython's set_difference takes a dict as it takes a set
        result = ctx.b.rt("set_difference", [s, _as_set(ctx, kind, first, t)])
    for kind, value in rest:
        if kind == "set":
            ctx.b.rt("set_difference_update", [result, value])
        else:
            ctx.b.rt("set_difference_update_list", [result, _as_list(ctx, kind, value, t)])
    return result


def _symmetric_difference(ctx: FnContext, s: Value, t: PyType, operands) -> Value:
    [(kind, value)] = operands
    if kind == "set":
        return ctx.b.rt("set_symmetric_difference", [s, value])
    result = _as_set(ctx, kind, value, t)
    ctx.b.rt("set_symmetric_difference_update", [result, s])
    return result


def _test(name: str):
    def lower(ctx: FnContext, s: Value, t: PyType, operands) -> Value:
        [(kind, value)] = operands
        return ctx.b.rt(f"set_{name}", [s, _as_set(ctx, kind, value, t)])

    return lower


HANDLERS = {"update": _update, "union": _union, "intersection": _intersection, "difference": _difference,
            "symmetric_difference": _symmetric_difference,
            **{name: _test(name) for name in ("issubset", "issuperset", "isdisjoint")}}
