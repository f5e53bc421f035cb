"""for loops over a dict, a set, and a dict's keys(), values() and items().

Both iterate by table position, as CPython's iterators do, and raise CPython's
RuntimeError when the body changes the size (runtime/c/dict.c pyr_dict_iter):

    for k in d: BODY                       for x in s: BODY
      %n = rt @dict_len(%d)                  %n = rt @set_len(%s)
      br ^for.head(0, %n)                    br ^for.head(0)
    ^for.head(%pos, %left):                ^for.head(%pos):
      %ix = rt @dict_iter(%d, %pos, %n, %left)   %ix = rt @set_iter(%s, %pos, %n)
      cbr (lt.i64 %ix, 0), ^for.end, ^for.body   (the same)
    ^for.body:                             ^for.body:
      k = rt @dict_key_at(%d, %ix) : K       x = rt @set_item_at(%s, %ix) : T
      BODY; br ^for.next                     BODY; br ^for.next
    ^for.next:
      br ^for.head(%ix + 1, %left - 1)

`for k, v in d.items()` assigns the key and the value directly: no tuple is built.
"""

from __future__ import annotations

import ast

from ..frontend.typed import PyType, tuple_of
from ..ir.types import I64
from . import expr, mappings, stmt
from .context import FnContext, IrgenError, Loop, ir_type

VIEWS = ("dict.keys", "dict.values", "dict.items")


def view_method(ctx: FnContext, node: ast.expr) -> str | None:
    """'dict.keys' etc. when `node` is d.keys(), d.values() or d.items()."""
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    return info.name if info is not None and info.name in VIEWS else None


def is_mapping_loop(ctx: FnContext, s: ast.For) -> bool:
    t = ctx.tm.types.get(s.iter)  # range(...) has none
    return t is not None and (t.is_dict or t.is_set or view_method(ctx, s.iter) is not None)


def lower_for(ctx: FnContext, s: ast.For, loop_body, else_and_end) -> None:
    """`loop_body` and `else_and_end` are loops.py's, shared by every for loop."""
    method = view_method(ctx, s.iter)
    source = s.iter.func.value if method else s.iter
    t = ctx.type_of(source)
    b = ctx.b
    container = mappings.iterated_display(ctx, source)
    is_dict = t.is_dict
    with ctx.at(s.iter):
        n = b.rt("dict_len" if is_dict else "set_len", [container])
    head = ctx.block("for.head", [I64, I64], ["for.pos", "for.left"])
    body, next_block, end = ctx.block("for.body"), ctx.block("for.next"), ctx.block("for.end")
    else_ = ctx.block("for.else") if s.orelse else end
    ctx.jump(head, [b.i64(0), n])
    ctx.enter(head)
    pos, left = head.params
    with ctx.at(s.iter):
        if is_dict:
            ix = b.rt("dict_iter", [container, pos, n, left])
        else:
            ix = b.rt("set_iter", [container, pos, n])
    ctx.branch(b.compare("lt", ix, b.i64(0)), else_, body)
    ctx.enter(body)
    with ctx.at(s.iter):
        _assign_item(ctx, s, container, t, ix, method)
    loop_body(ctx, None, s.body, Loop(continue_to=next_block, break_to=end), next_block)
    if ctx.enter(next_block):
        ctx.jump(head, [b.binary("add", ix, b.i64(1)), b.binary("sub", left, b.i64(1))])
    else_and_end(ctx, s, else_, end)


def _assign_item(ctx: FnContext, s: ast.For, container, t: PyType, ix, method: str | None) -> None:
    b = ctx.b
    if not t.is_dict:
        stmt.assign(ctx, s.target, b.rt("set_item_at", [container, ix], type=ir_type(t.items[0])), t.items[0])
        return
    key_t, value_t = t.items
    if method == "dict.values":
        stmt.assign(ctx, s.target, b.rt("dict_value_at", [container, ix], type=ir_type(value_t)), value_t)
    elif method == "dict.items":
        if not isinstance(s.target, ast.Tuple):
            raise IrgenError("for over d.items() needs a tuple of targets: for k, v in d.items()", s)
        key = b.rt("dict_key_at", [container, ix], type=ir_type(key_t))
        value = b.rt("dict_value_at", [container, ix], type=ir_type(value_t))
        stmt.assign(ctx, s.target, [key, value], tuple_of(key_t, value_t))  # the pair as its parts: `k, *v` too
    else:
        stmt.assign(ctx, s.target, b.rt("dict_key_at", [container, ix], type=ir_type(key_t)), key_t)
