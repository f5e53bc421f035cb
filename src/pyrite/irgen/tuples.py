"""Tuple values (ADR 0008): runtime tuple objects, or their parts while they do not escape.

Irgen holds a tuple either as a Python list of its parts (the literal `(a, b)`
just evaluated, `divmod(a, b)`) or as one `tuple` IR value. The parts are
enough for `a, b = b, a` and `q, r = divmod(x, y)`; anything else that keeps
the tuple (a variable, an argument, a list element, print) boxes it once:

    (a, "x")        %t = rt @tuple_new(%d, 2)          %d = const.tdesc "tuple[int, str]"
                    rt @tuple_init(%t, 0, %a); rt @tuple_init(%t, 1, "x")
    t[1]            %x = rt @tuple_get(%t, 1) : str    (a fixed tuple: constant index, checked
                                                        at compile time)
    u[i]            %x = rt @tuple_getitem(%u, %i) : i64   (tuple[int, ...]: IndexError)
    a, b = t        rt @tuple_get(%t, 0), rt @tuple_get(%t, 1)
    a, b = u        len checked first: ValueError: too many values to unpack (expected 2)
    t < s           rt @compare(%t, %s, %d, 2)         (item by item, by the descriptor)
    x in u          rt @tuple_contains(%u, %x)
    u[a:b:c]        rt @tuple_getslice(%u, %a, %b, %c, %omitted, %d)   (%d: the result's type)
    t + s           rt @tuple_concat(%t, %s, %d)
    u * n           rt @tuple_repeat(%u, %n, %d)
    u.count(x)      rt @tuple_count(%u, %x)
    u.index(x)      rt @tuple_index(%u, %x, 0, INT_MAX)    ValueError: tuple.index(x): x not in tuple

A fixed tuple still held as its parts is sliced, joined or repeated a constant
number of times at compile time: `(a, b) + (c,)` is the parts [a, b, c].
"""

from __future__ import annotations

import ast

from ..frontend.tuples import constant_index, constant_slice
from ..frontend.typed import PyType
from ..ir.ops import Value
from ..ir.semantics import INT_MAX
from .context import FnContext, IrgenError, ir_type
from .convert import to_int

COMPARE_OPS = {"eq": 0, "ne": 1, "lt": 2, "le": 3, "gt": 4, "ge": 5}


def item_types(t: PyType, n: int) -> list[PyType]:
    """The types of the n items of a tuple (or list) value of type t."""
    if t.is_var_tuple or t.is_list:
        return [t.elem] * n
    if t.is_tuple and len(t.items) == n:
        return list(t.items)
    raise IrgenError(f"a {t} does not have {n} items")


def box(ctx: FnContext, value, t: PyType):
    """A tuple held as its parts (nested lists for nested tuples) as one tuple object."""
    if not isinstance(value, list):
        return value
    b = ctx.b
    items = [box(ctx, v, it) for v, it in zip(value, item_types(t, len(value)), strict=True)]
    tup = b.rt("tuple_new", [ctx.tdesc(t), b.i64(len(items))])
    for i, item in enumerate(items):
        b.rt("tuple_init", [tup, b.i64(i), item])
    return tup


def parts(ctx: FnContext, value, t: PyType, n: int) -> list:
    """The n items of a tuple (or list) value, for unpacking it into n targets."""
    if isinstance(value, list):
        return value
    b = ctx.b
    types = item_types(t, n)
    if t.is_tuple and not t.is_var_tuple:
        return [b.rt("tuple_get", [value, b.i64(i)], type=ir_type(it)) for i, it in enumerate(types)]
    _check_count(ctx, length(ctx, value, t), n)
    get = "list_get" if t.is_list else "tuple_get"
    return [b.rt(get, [value, b.i64(i)], type=ir_type(it)) for i, it in enumerate(types)]


def starred_parts(ctx: FnContext, value, t: PyType, targets: list[ast.expr]) -> list[tuple]:
    """(value, type) for each of `first, *rest, last = value`: the starred one a new list of
    the items the others leave (the frontend checked a fixed tuple has enough of them)."""
    from .sequences import build_list, count_loop  # circular: sequences lowers tuples through here

    b = ctx.b
    star = next(i for i, e in enumerate(targets) if isinstance(e, ast.Starred))
    after = len(targets) - star - 1
    if isinstance(value, list) or (t.is_tuple and not t.is_var_tuple):
        items = value if isinstance(value, list) else parts(ctx, value, t, len(t.items))
        types = item_types(t, len(items))
        cut = len(items) - after
        rest_t = ctx.type_of(targets[star].value)
        rest = build_list(ctx, rest_t, [box(ctx, v, it) for v, it in zip(items[star:cut], types[star:cut])])
        return [*zip(items[:star], types[:star]), (rest, rest_t), *zip(items[cut:], types[cut:])]
    n = length(ctx, value, t)
    _check_at_least(ctx, n, len(targets) - 1)
    get = "list_get" if t.is_list else "tuple_get"
    elem = ir_type(t.elem)
    first = [(b.rt(get, [value, b.i64(i)], type=elem), t.elem) for i in range(star)]
    cut = b.binary("sub", n, b.i64(after))
    last = [(b.rt(get, [value, b.binary("add", cut, b.i64(j))], type=elem), t.elem) for j in range(after)]
    rest_t = ctx.type_of(targets[star].value)
    rest = b.rt("list_new", [ctx.tdesc(rest_t), b.binary("sub", cut, b.i64(star))])
    count_loop(ctx, b.binary("sub", cut, b.i64(star)), "star", lambda k: b.rt(
        "list_init", [rest, k, b.rt(get, [value, b.binary("add", k, b.i64(star))], type=elem)]))
    return [*first, (rest, rest_t), *last]


def _check_at_least(ctx: FnContext, count: Value, n: int) -> None:
    """CPython's ValueError when a sequence unpacked into n names and a starred one is shorter than n."""
    b = ctx.b
    ok, few = ctx.block("unpack.ok"), ctx.block("unpack.few")
    ctx.branch(b.compare("ge", count, b.i64(n)), ok, few)
    ctx.enter(few)
    text = b.rt("str_concat", [b.str(f"not enough values to unpack (expected at least {n}, got "),
                               b.rt("str_i64", [count])])
    b.raise_("ValueError", b.rt("str_concat", [text, b.str(")")]))
    ctx.enter(ok)


def _check_count(ctx: FnContext, count: Value, n: int) -> None:
    """CPython's ValueError when a sequence unpacked into n targets has another length."""
    b = ctx.b
    ok, many, few = ctx.block("unpack.ok"), ctx.block("unpack.many"), ctx.block("unpack.few")
    wrong = ctx.block("unpack.wrong")
    ctx.branch(b.compare("eq", count, b.i64(n)), ok, wrong)
    ctx.enter(wrong)
    ctx.branch(b.compare("gt", count, b.i64(n)), many, few)
    ctx.enter(many)
    b.raise_("ValueError", b.str(f"too many values to unpack (expected {n})"))
    ctx.enter(few)
    text = b.rt("str_concat", [b.str(f"not enough values to unpack (expected {n}, got "), b.rt("str_i64", [count])])
    b.raise_("ValueError", b.rt("str_concat", [text, b.str(")")]))
    ctx.enter(ok)


def length(ctx: FnContext, value, t: PyType) -> Value:
    b = ctx.b
    if t.is_list:
        return b.rt("list_len", [value])
    if t.is_var_tuple:
        return b.rt("tuple_len", [value])
    return b.i64(len(t.items))


def get_item(ctx: FnContext, value, t: PyType, index: Value, constant: int | None, result: PyType) -> Value:
    """t[i]: a constant index (checked by the frontend) or, on tuple[T, ...], any index."""
    b = ctx.b
    if isinstance(value, list) and constant is not None:
        return value[constant]
    value = box(ctx, value, t)
    if constant is not None and not t.is_var_tuple:
        return b.rt("tuple_get", [value, b.i64(constant % len(t.items))], type=ir_type(result))
    return b.rt("tuple_getitem", [value, index], type=ir_type(result))


def compare(ctx: FnContext, pred: str, a, ta: PyType, b, tb: PyType) -> Value:
    """a == b, a < b, ...: item by item, as CPython compares tuples. With a
    tuple[T, ...] on either side, its descriptor describes both (all items are T)."""
    a, b = box(ctx, a, ta), box(ctx, b, tb)
    return ctx.b.rt("compare", [a, b, ctx.tdesc(_describing_both(ta, tb)), ctx.b.i64(COMPARE_OPS[pred])])


def _describing_both(ta: PyType, tb: PyType) -> PyType:
    """The type whose descriptor gives the items of both sides as far as either goes: a
    tuple[T, ...], else the longer fixed tuple (the frontend checked the shorter is its prefix)."""
    if ta.is_var_tuple or tb.is_var_tuple:
        return ta if ta.is_var_tuple else tb
    return ta if len(ta.items) >= len(tb.items) else tb


def contains(ctx: FnContext, item: Value, tup, t: PyType) -> Value:
    return ctx.b.rt("tuple_contains", [box(ctx, tup, t), item])


# ---- t[a:b:c], t + s, t * n, t.count(x), t.index(x) -------------------------------------


def get_slice(ctx: FnContext, node: ast.Subscript) -> Value | list:
    """`t[a:b:c]`: the value, then the bounds."""
    from . import expr, listops  # circular: both lower through here

    t, result = ctx.type_of(node.value), ctx.type_of(node)
    value = expr.lower_parts(ctx, node.value)
    bounds = constant_slice(node.slice)
    if isinstance(value, list) and bounds is not None:
        return value[bounds]
    value = box(ctx, value, t)
    parts = listops.slice_parts(ctx, node.slice)
    with ctx.at(node):
        return ctx.b.rt("tuple_getslice", [value, *parts, ctx.tdesc(result)])


def binop(ctx: FnContext, node: ast.BinOp, result: PyType) -> Value | list:
    """`t + s`, `t * n`, `n * t`: operands in source order."""
    from . import expr  # circular: expr lowers tuples through here

    left, right = expr.lower_parts(ctx, node.left), expr.lower_parts(ctx, node.right)
    with ctx.at(node):
        return operate(ctx, node.op, (left, ctx.type_of(node.left)), (right, ctx.type_of(node.right)), result,
                       node.right if ctx.type_of(node.left).is_tuple else node.left)


def operate(ctx: FnContext, op: ast.operator, left: tuple, right: tuple, result: PyType,
            count_node: ast.expr | None = None) -> Value | list:
    """`left op right` for (value, type) operands, one or both tuples; also `t += s` and `t *= n`."""
    (a, ta), (b, tb) = left, right
    bld = ctx.b
    if isinstance(op, ast.Add):
        if isinstance(a, list) and isinstance(b, list) and not result.is_var_tuple:
            return a + b
        return bld.rt("tuple_concat", [box(ctx, a, ta), box(ctx, b, tb), ctx.tdesc(result)])
    if not isinstance(op, ast.Mult):
        raise IrgenError(f"no lowering for {type(op).__name__} on {result}")
    (seq, ts), (count, tc) = (left, right) if ta.is_tuple else (right, left)
    times = constant_index(count_node) if count_node is not None else None
    if isinstance(seq, list) and times is not None and not result.is_var_tuple:
        return seq * max(times, 0)
    return bld.rt("tuple_repeat", [box(ctx, seq, ts), to_int(ctx, count, tc), ctx.tdesc(result)])


def lower_method(ctx: FnContext, node: ast.Call, name: str, receiver: Value, t: PyType,
                 args: list[tuple[Value, PyType]]) -> Value:
    """`t.count(x)`, `t.index(x[, start[, stop]])` (the frontend checked t's items have x's type)."""
    b = ctx.b
    receiver = box(ctx, receiver, t)
    (x, _), rest = args[0], args[1:]
    with ctx.at(node):
        if name == "count":
            return b.rt("tuple_count", [receiver, x])
        bounds = [to_int(ctx, v, tv) for v, tv in rest] + [b.i64(0), b.i64(INT_MAX)][len(rest):]
        return b.rt("tuple_index", [receiver, x, *bounds])
