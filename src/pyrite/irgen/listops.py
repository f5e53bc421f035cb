"""list[T] beyond literals, indexing, append and pop: the other methods, slices,
`del`, `in`, comparisons and the builtins over an iterable. Each is one call
into the C runtime (runtime/c/list*.c), which has CPython's semantics:

    xs.insert(i, v)     rt @list_insert(%xs, %i, %v)
    xs.index(v)         rt @list_index(%xs, %v, 0, INT_MAX)   ValueError: 5 is not in list
    xs[a:b:c]           rt @list_getslice(%xs, %a, %b, %c, %omitted)   omitted: 1 a, 2 b, 4 c
    xs[a:] = ys         rt @list_setslice(%xs, %a, 0, 0, 6, %ys)
    del xs[i]           rt @list_delitem(%xs, %i)
    v in xs             rt @list_contains(%xs, %v)
    xs < ys             rt @compare(%xs, %ys, %t, 2)          %t = const.tdesc "list[int]"
    sorted(xs, reverse=r)   rt @list_sorted(%xs, %r)
    sum(xs), min(xs)    rt @list_sum_int(%xs, 0), rt @list_min(%xs) : T

An iterable argument that is not a list (a str, a range, zip(...), a dict, ...) is
first made into a list (`materialize`), in the order CPython's iterator gives its items.
"""

from __future__ import annotations

import ast

from ..frontend.typed import BOOL, FLOAT, INT, STR, CallInfo, PyType, list_of, var_tuple_of
from ..ir.ops import Value
from ..ir.semantics import INT_MAX
from . import callargs, comprehensions, expr, iteration, sequences, tuples
from .context import FnContext, IrgenError, ir_type
from .convert import to_float, to_int, truth

COMPARE_CODES = {ast.Eq: 0, ast.NotEq: 1, ast.Lt: 2, ast.LtE: 3, ast.Gt: 4, ast.GtE: 5}
NO_START, NO_STOP, NO_STEP = 1, 2, 4


# ---- methods ----------------------------------------------------------------------------


def lower_method(ctx: FnContext, node: ast.Call, info: CallInfo, receiver: Value, t: PyType):
    """xs.NAME(...) for the methods frontend/listops.py accepts; the receiver is already lowered."""
    b = ctx.b
    name = info.name.removeprefix("list.")
    if name == "sort":
        reverse = _reverse(ctx, node)
        with ctx.at(node):
            b.rt("list_sort", [receiver, reverse])
        return None
    args = [value for value, _ in callargs.arguments(ctx, node, info.args[1:])]
    with ctx.at(node):
        match name:
            case "insert":
                b.rt("list_insert", [receiver, to_int(ctx, args[0], ctx.type_of(info.args[1])), args[1]])
            case "index":
                bounds = [to_int(ctx, v, ctx.type_of(e)) for v, e in zip(args[1:], info.args[2:])]
                bounds += [b.i64(0), b.i64(INT_MAX)][len(bounds):]
                return b.rt("list_index", [receiver, args[0], *bounds])
            case "count":
                return b.rt("list_count", [receiver, args[0]])
            case "copy":
                return b.rt("list_copy", [receiver])
            case "remove" | "extend" | "clear" | "reverse":
                b.rt(f"list_{name}", [receiver, *args])
            case _:
                raise IrgenError(f"no lowering for the method {info.name}", node)
    return None


def _reverse(ctx: FnContext, node: ast.Call) -> Value:
    """The reverse= keyword of sort()/sorted() as an i64 0 or 1 (False when absent)."""
    for keyword in node.keywords:
        if keyword.arg == "reverse":
            value = expr.lower(ctx, keyword.value)
            return ctx.b.convert("btoi", truth(ctx, value, ctx.type_of(keyword.value)))
    return ctx.b.i64(0)


# ---- slices and del ---------------------------------------------------------------------


def slice_parts(ctx: FnContext, part: ast.Slice) -> list[Value]:
    """start, stop, step and the mask of the omitted ones (None counts as omitted)."""
    values, omitted = [], 0
    for bit, bound in ((NO_START, part.lower), (NO_STOP, part.upper), (NO_STEP, part.step)):
        if bound is None or (isinstance(bound, ast.Constant) and bound.value is None):
            values.append(ctx.b.i64(0))
            omitted |= bit
        else:
            values.append(to_int(ctx, expr.lower(ctx, bound), ctx.type_of(bound)))
    return [*values, ctx.b.i64(omitted)]


def get_slice(ctx: FnContext, node: ast.Subscript) -> Value:
    seq = expr.lower(ctx, node.value)
    parts = slice_parts(ctx, node.slice)
    with ctx.at(node):
        return ctx.b.rt("list_getslice", [seq, *parts])


# xs[a:b] = v: v first (the caller evaluated it), then xs, then the bounds
def store_slice(ctx: FnContext, target: ast.Subscript, value: Value) -> None:
    seq = expr.lower(ctx, target.value)
    parts = slice_parts(ctx, target.slice)
    with ctx.at(target):
        ctx.b.rt("list_setslice", [seq, *parts, value])


def delete_item(ctx: FnContext, target: ast.Subscript) -> None:
    """del xs[i], del xs[a:b:c]."""
    seq = expr.lower(ctx, target.value)
    if isinstance(target.slice, ast.Slice):
        parts = slice_parts(ctx, target.slice)
        with ctx.at(target):
            ctx.b.rt("list_delslice", [seq, *parts])
    else:
        index = to_int(ctx, expr.lower(ctx, target.slice), ctx.type_of(target.slice))
        with ctx.at(target):
            ctx.b.rt("list_delitem", [seq, index])


# ---- in, comparisons -------------------------------------------------------------------


def contains(ctx: FnContext, op: ast.cmpop, item: Value, seq: Value) -> Value:
    found = ctx.b.rt("list_contains", [seq, item])
    return found if isinstance(op, ast.In) else ctx.b.unary("not", found)


def compare(ctx: FnContext, op: ast.cmpop, a: Value, b: Value, t: PyType) -> Value:
    """Two lists of one type, lexicographically (CPython's list_richcompare)."""
    return ctx.b.rt("compare", [a, b, ctx.tdesc(t), ctx.b.i64(COMPARE_CODES[type(op)])])


# ---- list sorted sum min max any all -------------------------------------------------------


def materialize(ctx: FnContext, node: ast.expr) -> tuple[Value, PyType]:
    """An iterable argument as a list, and its element type: a list as it is (see
    `is_list`), anything else a for loop takes as a new list of its items, in the order
    CPython's iterator gives them."""
    from .mapping_loops import view_method  # circular: mapping loops lower through expr

    t = ctx.tm.types.get(node)
    if is_list(ctx, node):
        return expr.lower(ctx, node), t.elem
    if t is not None and (t.is_dict or t.is_set or view_method(ctx, node) is not None):
        return _mapping_items(ctx, node, t)
    item = iteration.item_type(ctx, node)
    new = ctx.b.rt("list_new", [ctx.tdesc(list_of(item)), ctx.b.i64(0)])
    comprehensions.for_each(ctx, node, item, lambda value: ctx.b.rt("list_append", [new, tuples.box(ctx, value, item)]))
    return new, item


def is_list(ctx: FnContext, node: ast.expr) -> bool:
    """Whether the iterable `node` is a list value (not `range(...)`, `zip(...)`, ...)."""
    t = ctx.tm.types.get(node)
    return t is not None and t.is_list and iteration.builtin_name(ctx, node) is None


def _mapping_items(ctx: FnContext, node: ast.expr, t: PyType) -> tuple[Value, PyType]:
    """list(d), list(s), list(d.keys()), list(d.values()), list(d.items()): a new list,
    in the container's own order (the C runtime's pyr_dict_keys etc.)."""
    from .mapping_loops import view_method  # circular: mapping loops lower through expr

    item = t.items[0]  # frontend/mappings.loop_item: a dict's key, a set's element, a view's item
    want = ctx.tdesc(list_of(item))
    method = view_method(ctx, node)
    if method is not None:
        d = expr.lower(ctx, node.func.value)
        return ctx.b.rt(method.replace(".", "_"), [d, want]), item
    container = expr.lower(ctx, node)
    return ctx.b.rt("set_to_list" if t.is_set else "dict_keys", [container, want]), item


def lower_builtin(ctx: FnContext, node: ast.Call, info: CallInfo):
    """list(it), sorted(it, reverse=r), sum(it[, start]), min(it), max(it), any(it), all(it)."""
    b = ctx.b
    if isinstance(info.args[0], ast.GeneratorExp):
        return _short_circuit(ctx, info.args[0], info.name)
    items, item = materialize(ctx, info.args[0])
    with ctx.at(node):
        match info.name:
            case "list":
                return b.rt("list_copy", [items]) if is_list(ctx, info.args[0]) else items
            case "tuple":
                return _tuple_of_list(ctx, items, item)
            case "sorted":
                reverse = _reverse(ctx, node)
                return b.rt("list_sorted", [items, reverse])
            case "any" | "all":
                return b.rt(f"list_{info.name}", [items])
            case "min" | "max":
                return b.rt(f"list_{info.name}", [items], type=ir_type(item))
            case "sum":
                return _sum(ctx, node, info, items, item)
    raise IrgenError(f"no lowering for the builtin {info.name}()", node)


def _short_circuit(ctx: FnContext, gen: ast.GeneratorExp, name: str) -> Value:
    """any(e for ...) / all(e for ...): the clauses' loops, left at the first item that
    decides (true for any, false for all), so no later item is computed (as CPython)."""
    done = ctx.block(f"{name}.done", [ir_type(BOOL)])
    decided = name == "any"

    def test(ctx: FnContext) -> None:
        found, go_on = ctx.block(f"{name}.found"), ctx.block(f"{name}.next")
        expr.cond(ctx, gen.elt, found if decided else go_on, go_on if decided else found)
        if ctx.enter(found):  # a constant item reaches only one of the two
            ctx.jump(done, [ctx.b.i1(decided)])
        ctx.enter(go_on)

    comprehensions.lower_clauses(ctx, gen, test)
    if not ctx.terminated:
        ctx.jump(done, [ctx.b.i1(not decided)])
    ctx.enter(done)
    return done.params[0]


def _tuple_of_list(ctx: FnContext, items: Value, item: PyType) -> Value:
    """tuple(it): a tuple[T, ...] of the list's items, in order."""
    b = ctx.b
    n = b.rt("list_len", [items])
    tup = b.rt("tuple_new", [ctx.tdesc(var_tuple_of(item)), n])
    sequences.count_loop(ctx, n, "tuple", lambda k: b.rt("tuple_init", [tup, k, b.rt("list_get", [items, k], type=ir_type(item))]))
    return tup


EMPTY_FLOAT_SUM = ("Pyrite cannot sum an empty list[float] without a start: CPython's answer is the "
                   "int 0; write sum(xs, 0.0)")


def _sum(ctx: FnContext, node: ast.Call, info: CallInfo, items: Value, item: PyType) -> Value:
    b = ctx.b
    if len(info.args) > 1:
        start_node = info.args[1]
        start, st = expr.lower(ctx, start_node), ctx.type_of(start_node)
    else:
        start, st = b.i64(0), INT
    with ctx.at(node):
        if item == FLOAT and len(info.args) == 1:
            # CPython's sum([]) is the int 0, which a float result cannot be: say so (README)
            nonempty = b.compare("ne", b.rt("list_len", [items]), b.i64(0))
            ctx.check(nonempty, "ValueError", EMPTY_FLOAT_SUM, "sum")
        if item == FLOAT:
            return b.rt("list_sum_float", [items, to_float(ctx, start, st)])
        if item in (INT, BOOL):
            return b.rt("list_sum_int", [items, to_int(ctx, start, st)])
    raise IrgenError(f"sum() of a list[{item}]", node)
