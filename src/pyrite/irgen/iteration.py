"""Iterables of a `for` loop as indexed sources: no iterator object is built.

Every iterable the frontend accepts (iteration.py there) is walked by a
counter k = 0, 1, 2, ... A source says, at the loop's head, whether step k
has an item (`more(k)`, re-reading a list's length each time, as CPython's
list iterator does), and gives that item (`item(k)`):

    str s              k < len(s) (read once)         s[k]
    s.split(), s.split(sep)   the next piece from pos    s[start:end]   (no list is built)
    list xs            k < len(xs) (every step)       xs[k]
    tuple t            k < len(t)                     t[k]
    range(a, b, c)     k < range_len(a, b, c)         a + k * c
    a range r          the same, with r's bounds (read once: a range cannot change)
    enumerate(src, n)  src.more(k)                    (n + k, src.item(k))   overflow-checked
    zip(s1, s2, s3)    s1.more(k) and s2.more(k) ...  (s1.item(k), s2.item(k), ...)
    reversed(xs)       k < n0 and n0-1-k < len(xs)    xs[n0 - 1 - k]   (n0: len when the loop starts)
    reversed(d)        ix = dict_iter_back(d, ix, n0) >= 0    d's entry ix (a dict, d.keys/values/items())

The items of enumerate and zip are tuples kept as their parts (ADR 0008):
`for i, (a, b) in enumerate(zip(xs, ys))` unpacks them without a tuple
object; a tuple is built only when the target is a single name.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from ..frontend.typed import BOOL, INT, NONE, RANGE, STR, PyType, tuple_of
from ..ir.ops import Value
from ..ir.semantics import INT_MAX
from ..ir.types import I64
from . import expr, mapping_loops, operators, ranges, sequences, tuples
from .context import FnContext, IrgenError, ir_type
from .convert import to_int


@dataclass
class Source:
    more: Callable[[Value], Value]  # i1: step k has an item
    item: Callable[[Value], object]  # the item of step k (a Value, or parts of a tuple)
    pure: bool = True  # `more` never raises (a dict's may: it changed size), so zip may test it early


def builtin_name(ctx: FnContext, node: ast.expr) -> str | None:
    """'range', 'enumerate', 'zip' or 'reversed' when `node` calls that builtin."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    if info is not None and info.kind == "builtin" and info.name in ("range", "enumerate", "zip", "reversed"):
        return info.name
    return None


def source(ctx: FnContext, node: ast.expr) -> Source:
    """Evaluate the iterable `node` (once, before the loop) and return how to walk it."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    name = builtin_name(ctx, node)
    with ctx.at(node):
        match name:
            case "range":
                return _counted(ctx, *ranges.call_bounds(ctx, node, info.args))
            case "enumerate":
                return _enumerate(ctx, node, info.args)
            case "zip":
                return _zip(ctx, [source(ctx, a) for a in info.args])
            case "reversed":
                return _reversed(ctx, info.args[0])
        if _is_split(ctx, node, info):
            return _split(ctx, node, info)
        if mapping_loops.view_method(ctx, node) is not None:
            return _mapping(ctx, node.func.value, mapping_loops.view_method(ctx, node))
        t = ctx.type_of(node)
        if t.is_dict or t.is_set:
            return _mapping(ctx, node, None)
        value = expr.lower(ctx, node)
        if t == RANGE:
            return _counted(ctx, *ranges.bounds(ctx, value))
        return _sequence(ctx, value, t)


def item_type(ctx: FnContext, node: ast.expr) -> PyType:
    """The type of the items `for x in node` gives x."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    name = builtin_name(ctx, node)
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
    if t == RANGE:
        return INT
    return t.elem if t.is_list or t.is_var_tuple else t.items[0]  # a tuple's, a dict's, a set's, a view's


def _zip(ctx: FnContext, parts: list[Source]) -> Source:
    """zip(s1, s2, ...): CPython asks each iterator in turn and stops at the first that is
    done, so a later one (a dict that changed size) is not asked then."""
    b = ctx.b

    def all_more(k: Value) -> Value:
        if all(p.pure for p in parts):
            result = parts[0].more(k)
            for p in parts[1:]:
                result = b.binary("and", result, p.more(k))
            return result
        done = ctx.block("zip.more", [ir_type(BOOL)])
        for p in parts[:-1]:
            asked = ctx.block("zip.next")
            ctx.branch(p.more(k), asked, done, [], [b.i1(False)])
            ctx.enter(asked)
        ctx.jump(done, [parts[-1].more(k)])
        ctx.enter(done)
        return done.params[0]

    return Source(all_more, lambda k: [p.item(k) for p in parts], all(p.pure for p in parts))


VALUES = ("dict.values", "dict.items")


def _mapping(ctx: FnContext, node: ast.expr, method: str | None, backward: bool = False) -> Source:
    """A dict (its keys), a set, d.keys(), d.values() or d.items() inside enumerate or zip,
    or reversed (a dict or view, last entry first): by table position, as mapping_loops.py
    walks them, with the position in slots."""
    b = ctx.b
    t = ctx.type_of(node)
    container = expr.lower(ctx, node)
    n = b.rt("dict_len" if t.is_dict else "set_len", [container])
    pos, left, at = (b.slot(I64, name) for name in ("iter.pos", "iter.left", "iter.ix"))
    b.store(pos, b.i64(INT_MAX if backward else 0))
    b.store(left, n)

    def more(k: Value) -> Value:
        p, remaining = b.load(pos), b.load(left)
        if backward:
            ix = b.rt("dict_iter_back", [container, p, n])
            b.store(at, ix)
            b.store(pos, ix)
            return b.compare("ge", ix, b.i64(0))
        if t.is_dict:
            ix = b.rt("dict_iter", [container, p, n, remaining])
        else:
            ix = b.rt("set_iter", [container, p, n])
        b.store(at, ix)
        b.store(pos, b.binary("add", ix, b.i64(1)))  # ix < len, so neither can overflow
        b.store(left, b.binary("sub", remaining, b.i64(1)))
        return b.compare("ge", ix, b.i64(0))

    def item(k: Value) -> object:
        ix = b.load(at)
        if not t.is_dict:
            return b.rt("set_item_at", [container, ix], type=ir_type(t.items[0]))
        key_t, value_t = t.items
        key = b.rt("dict_key_at", [container, ix], type=ir_type(key_t)) if method != "dict.values" else None
        value = b.rt("dict_value_at", [container, ix], type=ir_type(value_t)) if method in VALUES else None
        return {"dict.values": value, "dict.items": [key, value]}.get(method, key)

    return Source(more, item, pure=False)


def _is_split(ctx: FnContext, node: ast.expr, info) -> bool:
    """s.split() or s.split(sep) with sep a str or None, maxsplit not given."""
    return (info is not None and info.kind == "method" and info.name == "str.split"
            and len(node.args) <= 1 and not node.keywords and ctx.type_of(info.args[1]) in (STR, NONE))


def _split(ctx: FnContext, node: ast.Call, info) -> Source:
    """The pieces of s.split() or s.split(sep), one per step, without the list: s cannot
    change, so each step finds the next piece from where the last one ended (pos)."""
    b = ctx.b
    s = expr.lower(ctx, info.args[0])
    sep = expr.lower(ctx, info.args[1]) if ctx.type_of(info.args[1]) == STR else None
    pos, start, end = (b.slot(I64, name) for name in ("split.pos", "split.start", "split.end"))
    b.store(pos, b.i64(0))
    if sep is None:
        def more(k: Value) -> Value:
            first = b.rt("str_ws_token", [s, b.load(pos)])
            last = b.rt("str_ws_token_end", [s, first])
            b.store(start, first)
            b.store(end, last)
            b.store(pos, last)
            return b.compare("ge", first, b.i64(0))
    else:
        sep_len = b.rt("str_sep_len", [sep])  # ValueError: empty separator, before the loop
        n = sequences.length(ctx, s, STR)

        def more(k: Value) -> Value:  # a piece starts at every pos <= len(s)
            first = b.load(pos)
            last = b.rt("str_sep_token_end", [s, sep, first])
            b.store(start, first)
            b.store(end, last)
            b.store(pos, b.binary("add", last, sep_len))  # <= len(s) + len(sep): no overflow
            return b.compare("le", first, n)

    return Source(more, lambda k: b.rt("str_piece", [s, b.load(start), b.load(end)]))


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


def _counted(ctx: FnContext, start: Value, stop: Value, step: Value) -> Source:
    """The numbers of a range."""
    b = ctx.b
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

    return Source(inner.more, item, inner.pure)


def _reversed(ctx: FnContext, arg: ast.expr) -> Source:
    b = ctx.b
    info = ctx.tm.calls.get(arg) if isinstance(arg, ast.Call) else None
    if info is not None and info.kind == "builtin" and info.name == "range":
        return _backward(ctx, *ranges.call_bounds(ctx, arg, info.args))
    view = mapping_loops.view_method(ctx, arg)
    if view is not None:
        return _mapping(ctx, arg.func.value, view, backward=True)
    t = ctx.type_of(arg)
    if t.is_dict:
        return _mapping(ctx, arg, None, backward=True)
    seq = expr.lower(ctx, arg)
    if t == RANGE:
        return _backward(ctx, *ranges.bounds(ctx, seq))
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


def _backward(ctx: FnContext, start: Value, stop: Value, step: Value) -> Source:
    """The numbers of a range, last first."""
    b = ctx.b
    n = b.rt("range_len", [start, stop, step])

    def item(k: Value) -> Value:  # start + (n - 1 - k) * step: only for k < n, so it cannot overflow
        return b.binary("add", start, b.binary("mul", b.binary("sub", b.binary("sub", n, b.i64(1)), k), step))

    return Source(lambda k: b.compare("lt", k, n), item)
