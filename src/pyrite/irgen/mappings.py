"""dict[K, V] and set[T] values: literals, `d[k]`, methods, `in`, the set operators.

Dicts and sets are runtime objects (runtime/c/dict.c, set*.c) with CPython 3.11's
tables, so iteration order, printing and error messages are CPython's. Keys,
values and elements travel as `any`; a call that gives one states its type:

    {k: v}          %d = rt @dict_new(%t, 1); rt @dict_setitem(%d, %k, %v)
    d[k]            %v = rt @dict_getitem(%d, %k) : i64     (KeyError: repr of k)
    d[k] = v        rt @dict_setitem(%d, %k, %v)
    d[k] += 1       one probe: rt @dict_find_item, @dict_value_at, @dict_store_at (dict_rmw.py)
    k in d          rt @dict_contains(%d, %k)
    {a, b}          %s = rt @set_new(%t); rt @set_add(%s, %a); rt @set_add(%s, %b)
    s | t           rt @set_union(%s, %t)                   s |= t: rt @set_update(%s, %t)
    d == e, s <= t  rt @compare(%d, %e, %t, 0), rt @compare(%s, %t, %t, 3)

Loops over them are in mapping_loops.py.
"""

from __future__ import annotations

import ast

from ..frontend.typed import CallInfo, PyType
from ..ir.ops import Value
from . import callargs, const_sets, dict_rmw, expr, set_iterables, tuples
from .const_sets import constant_value
from .context import FnContext, IrgenError, ir_type

SET_OPS = {ast.BitOr: "union", ast.BitAnd: "intersection", ast.Sub: "difference", ast.BitXor: "symmetric_difference"}
COMPARE_CODES = {"eq": 0, "ne": 1, "lt": 2, "le": 3, "gt": 4, "ge": 5}


def is_mapping(t: PyType) -> bool:
    return t.is_dict or t.is_set


# {k1: v1, k2: v2}: k1, v1, k2, v2 evaluated in that order, then the dict is built
def dict_literal(ctx: FnContext, node: ast.Dict, t: PyType) -> Value:
    pairs = [(expr.lower(ctx, k), expr.lower(ctx, v)) for k, v in zip(node.keys, node.values)]
    b = ctx.b
    d = b.rt("dict_new", [ctx.tdesc(t), b.i64(len(pairs))])
    for key, value in pairs:
        b.rt("dict_setitem", [d, key, value])
    return d


# {a, b, c}: CPython builds a display of three or more constants from a frozenset
# constant, whose table (and so the set's order) can differ from adding the items
# one by one; see runtime/capi/containers.py
def set_literal(ctx: FnContext, node: ast.Set, t: PyType) -> Value:
    if len(node.elts) < 3 or not all(constant_value(e)[0] for e in node.elts):
        return _items_added_in_order(ctx, node, t)
    return ctx.b.rt("set_copy", [_merged_constant(ctx, node, t)])


# `for x in {3, 1, 2}` (a loop's or a comprehension's iterable): CPython's AST
# optimizer makes a set display of constants (of any size) a frozenset constant,
# and the loop walks that; a display elsewhere is the copy set_literal makes, whose
# order can differ
def iterated_display(ctx: FnContext, node: ast.expr) -> Value:
    if not (isinstance(node, ast.Set) and all(constant_value(e)[0] for e in node.elts)):
        return expr.lower(ctx, node)
    return _merged_constant(ctx, node, ctx.type_of(node))


def _merged_constant(ctx: FnContext, node: ast.Set, t: PyType) -> Value:
    """The frozenset constant the compiler keeps for a display: that of the first equal
    display it compiled (const_sets.py), whose items are added in that display's order,
    then rebuilt by the constant merging, which adds them again in that set's
    iteration order (`{255, -1, -42}` walks as 255, -42, -1; the set as added walks as
    -42, -1, 255)."""
    b = ctx.b
    added = _items_added_in_order(ctx, const_sets.first_equal(ctx.tm, node), t)
    as_list = b.rt("set_to_list", [added, ctx.tdesc(PyType("list", t.items))])
    return b.rt("set_from_list", [ctx.tdesc(t), as_list])


def _items_added_in_order(ctx: FnContext, node: ast.Set, t: PyType) -> Value:
    """A new set with the display's items evaluated, then added, left to right."""
    items = [expr.lower(ctx, e) for e in node.elts]
    b = ctx.b
    s = b.rt("set_new", [ctx.tdesc(t)])
    for item in items:
        b.rt("set_add", [s, item])
    return s


# set(), set(xs), set(s), set(d), set(it): the items added in the iterator's order
def set_call(ctx: FnContext, node: ast.Call, t: PyType) -> Value:
    from . import comprehensions, iteration  # circular: they lower through expr

    b = ctx.b
    if not node.args:
        return b.rt("set_new", [ctx.tdesc(t)])
    at = ctx.tm.types.get(node.args[0])
    if iteration.builtin_name(ctx, node.args[0]) is not None or not (at.is_list or at.is_dict or at.is_set):
        result = b.rt("set_new", [ctx.tdesc(t)])
        item = t.items[0]
        comprehensions.for_each(ctx, node.args[0], item, lambda v: b.rt("set_add", [result, tuples.box(ctx, v, item)]))
        return result
    arg = expr.lower(ctx, node.args[0])
    with ctx.at(node):
        if at.is_list:
            return b.rt("set_from_list", [ctx.tdesc(t), arg])
        if at.is_dict:
            return b.rt("set_from_dict", [ctx.tdesc(t), arg])
        return b.rt("set_copy", [arg])


# dict(), dict(d), dict(pairs): each pair stored in the iterator's order (a later key's value wins)
def dict_call(ctx: FnContext, node: ast.Call, t: PyType) -> Value:
    from . import comprehensions, iteration  # circular: they lower through expr

    b = ctx.b
    if node.args and iteration.builtin_name(ctx, node.args[0]) is None and ctx.type_of(node.args[0]).is_dict:
        return b.rt("dict_copy", [expr.lower(ctx, node.args[0])])
    result = b.rt("dict_new", [ctx.tdesc(t), b.i64(0)])
    if node.args:
        def store(pair: list) -> None:
            with ctx.at(node):
                b.rt("dict_setitem", [result, *pair])

        comprehensions.for_each(ctx, node.args[0], PyType("tuple", t.items), store, unpack=True)
    return result


# ---- d[k], d[k] = v, d[k] op= v, del d[k] -----------------------------------------------


def subscript(ctx: FnContext, node: ast.Subscript) -> Value:
    d, t = expr.lower(ctx, node.value), ctx.type_of(node.value)
    key = expr.lower(ctx, node.slice)
    with ctx.at(node):
        return ctx.b.rt("dict_getitem", [d, key], type=ir_type(t.items[1]))


def store_item(ctx: FnContext, target: ast.Subscript, value: Value) -> None:
    with ctx.at(target):
        d = expr.lower(ctx, target.value)
        key = expr.lower(ctx, target.slice)
        ctx.b.rt("dict_setitem", [d, key, value])


def update_item(ctx: FnContext, s: ast.AugAssign, operate) -> None:
    """d[k] op= v: d and k once, then d[k], then v, then the operation and the store
    (one probe of the table when dict_rmw allows it)."""
    t, b = ctx.type_of(s.target.value), ctx.b
    d = expr.lower(ctx, s.target.value)
    key = expr.lower(ctx, s.target.slice)
    fused = dict_rmw.fusable_update(ctx, s, t)
    with ctx.at(s.target):
        if fused:
            ix = b.rt("dict_find_item", [d, key])
            current = b.rt("dict_value_at", [d, ix], type=ir_type(t.items[1]))
        else:
            current = b.rt("dict_getitem", [d, key], type=ir_type(t.items[1]))
    result = operate(current, t.items[1])
    with ctx.at(s.target):
        if fused:
            b.rt("dict_store_at", [d, ix, key, result])
        else:
            b.rt("dict_setitem", [d, key, result])


def delete_item(ctx: FnContext, target: ast.Subscript) -> None:
    """del d[k]."""
    with ctx.at(target):
        d = expr.lower(ctx, target.value)
        ctx.b.rt("dict_delitem", [d, expr.lower(ctx, target.slice)])


# ---- len, truth, str, in, comparisons, operators ------------------------------------------


def length(ctx: FnContext, value: Value, t: PyType) -> Value:
    return ctx.b.rt("dict_len" if t.is_dict else "set_len", [value])


def truth(ctx: FnContext, value: Value, t: PyType) -> Value:
    return ctx.b.compare("ne", length(ctx, value, t), ctx.b.i64(0))


def contains(ctx: FnContext, item: Value, container: Value, t: PyType, negated: bool) -> Value:
    found = ctx.b.rt("dict_contains" if t.is_dict else "set_contains", [container, item])
    return ctx.b.unary("not", found) if negated else found


def compare(ctx: FnContext, pred: str, a: Value, b: Value, t: PyType) -> Value:
    """== and != of dicts or sets; <, <=, >, >= of sets (subset and superset)."""
    return ctx.b.rt("compare", [a, b, ctx.tdesc(t), ctx.b.i64(COMPARE_CODES[pred])])


def binop(ctx: FnContext, node: ast.BinOp) -> Value:
    a, b = expr.lower(ctx, node.left), expr.lower(ctx, node.right)
    with ctx.at(node):
        return ctx.b.rt(f"set_{SET_OPS[type(node.op)]}", [a, b])


def update_in_place(ctx: FnContext, op: ast.operator, target: Value, other: Value) -> Value:
    """s |= t, s &= t, s -= t, s ^= t: s is changed in place and stays the same object."""
    name = SET_OPS[type(op)]
    ctx.b.rt("set_update" if name == "union" else f"set_{name}_update", [target, other])
    return target


# ---- methods -------------------------------------------------------------------------------


def lower_method(ctx: FnContext, node: ast.Call, info: CallInfo):
    """d.get(k, v), s.add(x), ...: the receiver first, then the arguments."""
    if info.name.startswith("set.") and set_iterables.needs_lowering_here(ctx, info):
        return set_iterables.lower(ctx, node, info)
    receiver, t = expr.lower(ctx, info.args[0]), ctx.type_of(info.args[0])
    values = [v for v, _ in callargs.arguments(ctx, node, info.args[1:])]
    kind, name = info.name.split(".")
    if node in ctx.fused_gets:  # d[k] = d.get(k, x) op v: one probe for the get and the store
        return dict_rmw.lower_fused_get(ctx, node, receiver, t, values)
    handler = _dict_method if kind == "dict" else _set_method
    return handler(ctx, name, receiver, t, values, node)


def _dict_method(ctx: FnContext, name: str, d: Value, t: PyType, args: list[Value], node: ast.Call):
    b, value_t = ctx.b, ir_type(t.items[1])
    match name, len(args):
        case "get", 2:
            return b.rt("dict_get", [d, *args], type=value_t)
        case "setdefault", 2:
            return b.rt("dict_setdefault", [d, *args], type=value_t)
        case "pop", 1:
            return b.rt("dict_pop", [d, *args], type=value_t)
        case "pop", 2:
            return b.rt("dict_pop_default", [d, *args], type=value_t)
        case "update", 1:
            return b.rt("dict_update", [d, *args])
        case "clear", 0:
            return b.rt("dict_clear", [d])
        case "copy", 0:
            return b.rt("dict_copy", [d])
    raise IrgenError(f"no lowering for dict.{name} with {len(args)} arguments", node)


def _set_method(ctx: FnContext, name: str, s: Value, t: PyType, args: list[Value], node: ast.Call):
    b = ctx.b
    match name:
        case "add" | "remove" | "discard" | "clear" | "update":
            return b.rt(f"set_{name}", [s, *args])
        case "pop":
            return b.rt("set_pop", [s], type=ir_type(t.items[0]))
        case "copy" | "union" | "intersection" | "difference" | "symmetric_difference":
            return b.rt(f"set_{name}", [s, *args])
        case "issubset" | "issuperset" | "isdisjoint":
            return b.rt(f"set_{name}", [s, *args])
    raise IrgenError(f"no lowering for set.{name}", node)
