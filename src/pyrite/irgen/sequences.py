"""str and list[T] values: literals, indexing, len, methods, + and *.

Lists are runtime objects (ADR 0006) made and changed by `rt` calls; their
elements travel as `any`, so a call that gives one states its type:

    [a, b]          %l = rt @list_new(%t, 2)            %t = const.tdesc "list[int]"
                    rt @list_init(%l, 0, %a); rt @list_init(%l, 1, %b)
    xs[i]           %x = rt @list_get(%xs, %i) : i64    (IndexError: list index out of range)
    xs[i] = v       rt @list_set(%xs, %i, %v)
    xs.append(v)    rt @list_append(%xs, %v)
    xs.pop(i)       %x = rt @list_pop(%xs, %i) : i64    xs.pop() pops index -1
    s[i]            %c = rt @str_getitem(%s, %i)
    len(s), len(xs) rt @str_len(%s), rt @list_len(%xs)

+ and * build a new list with a counting loop (see `count_loop`); `xs += ys`
extends xs in place, as CPython does. Irgen never counts references: the
refcount pass does (an element a `list_get` gives is a new reference).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..frontend.typed import STR, CallInfo, PyType
from ..ir.ops import Value
from ..ir.types import I64
from . import callargs, expr, listops, strings, tuples
from .context import FnContext, IrgenError, ir_type
from .convert import to_int


def list_literal(ctx: FnContext, node: ast.List, t: PyType) -> Value:
    """[a, b, c]: every element is evaluated before the list is made (as CPython's BUILD_LIST)."""
    values = [expr.lower(ctx, e) for e in node.elts]
    return build_list(ctx, t, values)


def build_list(ctx: FnContext, t: PyType, values: list[Value]) -> Value:
    b = ctx.b
    with_items = b.rt("list_new", [ctx.tdesc(t), b.i64(len(values))])
    for i, value in enumerate(values):
        b.rt("list_init", [with_items, b.i64(i), value])
    return with_items


# ---- indexing -----------------------------------------------------------------------


def subscript(ctx: FnContext, node: ast.Subscript) -> Value:
    """s[i] or xs[i]: the sequence first, then the index."""
    if isinstance(node.slice, ast.Slice) and ctx.type_of(node.value) == STR:
        return strings.slice_(ctx, node)
    if isinstance(node.slice, ast.Slice) and ctx.type_of(node.value).is_tuple:
        return tuples.get_slice(ctx, node)
    if isinstance(node.slice, ast.Slice):
        return listops.get_slice(ctx, node)
    seq, t = expr.lower(ctx, node.value), ctx.type_of(node.value)
    index = _index(ctx, node.slice)
    if t.is_tuple:
        constant = tuples.constant_index(node.slice)
        return tuples.get_item(ctx, seq, t, index, constant, ctx.type_of(node))
    return get_item(ctx, seq, t, index)


def get_item(ctx: FnContext, seq: Value, t: PyType, index: Value) -> Value:
    if t == STR:
        return ctx.b.rt("str_getitem", [seq, index])
    if t.is_list:
        return ctx.b.rt("list_get", [seq, index], type=ir_type(t.elem))
    if t.is_var_tuple:
        return ctx.b.rt("tuple_getitem", [seq, index], type=ir_type(t.elem))
    raise IrgenError(f"cannot index a {t}")


def _index(ctx: FnContext, node: ast.expr) -> Value:
    return to_int(ctx, expr.lower(ctx, node), ctx.type_of(node))


# xs[i] = v: Python evaluates v first, then xs, then i
def store_item(ctx: FnContext, target: ast.Subscript, value: Value) -> None:
    if ctx.type_of(target.value).is_dict:
        from . import mappings  # circular: mappings lowers its operands through expr

        mappings.store_item(ctx, target, value)
        return
    if isinstance(target.slice, ast.Slice):
        listops.store_slice(ctx, target, value)
        return
    with ctx.at(target):
        seq = expr.lower(ctx, target.value)
        index = _index(ctx, target.slice)
        ctx.b.rt("list_set", [seq, index, value])


# xs[i] op= v: xs and i once, then xs[i], then v, then the operation and the store
def update_item(ctx: FnContext, s: ast.AugAssign, operate: Callable[[Value, PyType], Value]) -> None:
    target = s.target
    seq_t = ctx.type_of(target.value)
    if seq_t.is_dict:
        from . import mappings  # circular: mappings lowers its operands through expr

        mappings.update_item(ctx, s, operate)
        return
    seq = expr.lower(ctx, target.value)
    index = _index(ctx, target.slice)
    with ctx.at(target):
        current = get_item(ctx, seq, seq_t, index)
    result = operate(current, seq_t.elem)
    with ctx.at(target):
        ctx.b.rt("list_set", [seq, index, result])


def length(ctx: FnContext, seq: Value, t: PyType) -> Value:
    if t == STR:
        return ctx.b.rt("str_len", [seq])
    if t.is_list or t.is_tuple:
        return tuples.length(ctx, seq, t)
    if t.is_dict or t.is_set:
        return ctx.b.rt("dict_len" if t.is_dict else "set_len", [seq])
    if t.name == "range":
        from .ranges import length as range_length  # circular: ranges lowers through expr

        return range_length(ctx, seq)
    raise IrgenError(f"len() of a {t}")


# ---- methods ------------------------------------------------------------------------


def lower_method(ctx: FnContext, node: ast.Call, info: CallInfo):
    """xs.append(v), xs.pop(), xs.pop(i): the receiver first, then the arguments."""
    if info.name.startswith("str."):
        return strings.lower_method(ctx, node, info)
    receiver, t = expr.lower(ctx, info.args[0]), ctx.type_of(info.args[0])
    if info.name.startswith("tuple."):
        args = callargs.arguments(ctx, node, info.args[1:])
        return tuples.lower_method(ctx, node, info.name.removeprefix("tuple."), receiver, t, args)
    if info.name not in ("list.append", "list.pop"):
        return listops.lower_method(ctx, node, info, receiver, t)
    values = callargs.arguments(ctx, node, info.args[1:])
    b = ctx.b
    match info.name:
        case "list.append":
            [(value, _)] = values
            b.rt("list_append", [receiver, value])
            return None
        case "list.pop":
            index = to_int(ctx, *values[0]) if values else b.i64(-1)
            return b.rt("list_pop", [receiver, index], type=ir_type(t.elem))
    raise IrgenError(f"no lowering for the method {info.name}", node)


# ---- + and * ------------------------------------------------------------------------


def binop(ctx: FnContext, node: ast.BinOp, t: PyType) -> Value:
    """list + list, list * n, n * list (a new list); operands in source order."""
    if isinstance(node.op, ast.Add):
        a, b = expr.lower(ctx, node.left), expr.lower(ctx, node.right)
        with ctx.at(node):
            return concat(ctx, t, a, b)
    if not isinstance(node.op, ast.Mult):
        raise IrgenError(f"no lowering for {type(node.op).__name__} on {t}", node)
    list_first = ctx.type_of(node.left).is_list
    seq_node, count_node = (node.left, node.right) if list_first else (node.right, node.left)
    if not list_first:
        count = to_int(ctx, expr.lower(ctx, count_node), ctx.type_of(count_node))
    if isinstance(seq_node, ast.List):  # [0] * n: no temporary list
        items = [expr.lower(ctx, e) for e in seq_node.elts]
    else:
        items = expr.lower(ctx, seq_node)
    if list_first:
        count = to_int(ctx, expr.lower(ctx, count_node), ctx.type_of(count_node))
    with ctx.at(node):
        return repeat(ctx, t, items, count)


def concat(ctx: FnContext, t: PyType, a: Value, b: Value) -> Value:
    bld = ctx.b
    na, nb = bld.rt("list_len", [a]), bld.rt("list_len", [b])
    new = bld.rt("list_new", [ctx.tdesc(t), bld.binary("add", na, nb)])
    elem = ir_type(t.elem)
    count_loop(ctx, na, "concat", lambda k: bld.rt("list_init", [new, k, bld.rt("list_get", [a, k], type=elem)]))
    count_loop(ctx, nb, "concat", lambda k: bld.rt(
        "list_init", [new, bld.binary("add", na, k), bld.rt("list_get", [b, k], type=elem)]))
    return new


def repeat(ctx: FnContext, t: PyType, items: Value | list[Value], count: Value) -> Value:
    """`items * count`; `items` is a list value, or the elements of a literal."""
    bld = ctx.b
    times = _at_least_zero(ctx, count)
    if isinstance(items, list):
        width = bld.i64(len(items))
        new = bld.rt("list_new", [ctx.tdesc(t), bld.binary("mul", width, times)])

        def copy(k: Value) -> None:
            base = bld.binary("mul", k, width)
            for j, item in enumerate(items):
                bld.rt("list_init", [new, bld.binary("add", base, bld.i64(j)), item])

        count_loop(ctx, times, "repeat", copy)
        return new
    width = bld.rt("list_len", [items])
    total = bld.binary("mul", width, times)
    new = bld.rt("list_new", [ctx.tdesc(t), total])
    elem = ir_type(t.elem)
    count_loop(ctx, total, "repeat", lambda k: bld.rt(
        "list_init", [new, k, bld.rt("list_get", [items, bld.binary("mod", k, width)], type=elem)]))
    return new


# xs += ys: xs is extended in place (ys's length is read once, so xs += xs doubles xs)
def extend(ctx: FnContext, t: PyType, target: Value, other: Value) -> Value:
    bld = ctx.b
    n = bld.rt("list_len", [other])
    elem = ir_type(t.elem)
    count_loop(ctx, n, "extend", lambda k: bld.rt("list_append", [target, bld.rt("list_get", [other, k], type=elem)]))
    return target


def _at_least_zero(ctx: FnContext, n: Value) -> Value:
    """max(n, 0): a list repeated a negative number of times is empty."""
    neg, join = ctx.block("repeat.neg"), ctx.block("repeat.count", [I64])
    ctx.branch(ctx.b.compare("lt", n, ctx.b.i64(0)), neg, join, [], [n])
    ctx.enter(neg)
    ctx.jump(join, [ctx.b.i64(0)])
    ctx.enter(join)
    return join.params[0]


def count_loop(ctx: FnContext, n: Value, name: str, body: Callable[[Value], object]) -> None:
    """for k in range(n): body(k), with k a block parameter."""
    b = ctx.b
    head = ctx.block(f"{name}.head", [I64], [f"{name}.k"])
    step, end = ctx.block(f"{name}.body"), ctx.block(f"{name}.end")
    ctx.jump(head, [b.i64(0)])
    ctx.enter(head)
    k = head.params[0]
    ctx.branch(b.compare("lt", k, n), step, end)
    ctx.enter(step)
    body(k)
    ctx.jump(head, [b.binary("add", k, b.i64(1))])
    ctx.enter(end)

