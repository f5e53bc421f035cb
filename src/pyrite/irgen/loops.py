"""Loops: `while`, `for x in range(...)` and `for x in seq` (a str, a list, a
tuple, and enumerate/zip/reversed of those: iteration.py), each with its optional `else`.

The `else` runs when the loop ends because its test failed (or its range is
exhausted), not when it ends with `break`.

    for x in range(start, stop, step): BODY
      %x.count = rt @range_len(%start, %stop, %step)    raises ValueError for step 0
      cbr (gt.i64 %x.count, 0), ^for.body(0, %start), ^for.end
    ^for.body(%x.k: i64, %x.v: i64):                   k counts iterations, v is the value
      x = %x.v; BODY                                   continue -> ^for.next
      br ^for.next
    ^for.next:
      %k1 = add.i64 %x.k, 1
      cbr (lt.i64 %k1, %x.count), ^for.step, ^for.end
    ^for.step:
      %v1 = add.i64 %x.v, %step                        only when another iteration follows,
      br ^for.body(%k1, %v1)                           so it never steps past the range's end

x keeps its last value after the loop, and assigning to x in the body does
not change the iteration (v is not x).

    for x in xs: BODY                                  a list, as CPython's list iterator:
      br ^for.head(0)                                  the length is read before every
    ^for.head(%x.k: i64):                              step, so items the body appends
      cbr (lt.i64 %x.k, (rt @list_len(%xs))), ^for.body, ^for.end    are visited too
    ^for.body:
      x = rt @list_get(%xs, %x.k) : T; BODY            continue -> ^for.next
    ^for.next:
      br ^for.head(add.i64 %x.k, 1)

A str cannot change, so its length is read once, before the loop.
"""

from __future__ import annotations

import ast

from ..frontend.typed import INT
from ..ir.types import I64
from . import iteration, mapping_loops, ranges, stmt
from .context import FnContext, Loop
from .expr import cond


def lower_while(ctx: FnContext, s: ast.While) -> None:
    head, body, end = ctx.block("while.head"), ctx.block("while.body"), ctx.block("while.end")
    else_ = ctx.block("while.else") if s.orelse else end
    ctx.jump(head)
    ctx.enter(head)
    cond(ctx, s.test, body, else_)
    _loop_body(ctx, body, s.body, Loop(continue_to=head, break_to=end), head)
    _else_and_end(ctx, s, else_, end)


def lower_for(ctx: FnContext, s: ast.For) -> None:
    if mapping_loops.is_mapping_loop(ctx, s):
        mapping_loops.lower_for(ctx, s, _loop_body, _else_and_end)
        return
    if not _is_range(ctx, s.iter):
        _for_in_sequence(ctx, s)
        return
    start, stop, step = _range(ctx, s)
    b = ctx.b
    x = s.target.id if isinstance(s.target, ast.Name) else "for"
    n = b.rt("range_len", [start, stop, step], f"{x}.count")
    body = ctx.block("for.body", [I64, I64], [f"{x}.k", f"{x}.v"])
    step_block, next_block, end = ctx.block("for.step"), ctx.block("for.next"), ctx.block("for.end")
    else_ = ctx.block("for.else") if s.orelse else end
    ctx.branch(b.compare("gt", n, b.i64(0)), body, else_, [b.i64(0), start], [])

    k, v = body.params
    ctx.enter(body)
    stmt.assign(ctx, s.target, v, INT)
    _loop_body(ctx, None, s.body, Loop(continue_to=next_block, break_to=end), next_block)

    if ctx.enter(next_block):
        k1 = b.binary("add", k, b.i64(1))  # k < n, so this never overflows
        ctx.branch(b.compare("lt", k1, n), step_block, else_)
        ctx.enter(step_block)
        ctx.jump(body, [k1, b.binary("add", v, step)])
    _else_and_end(ctx, s, else_, end)


def _for_in_sequence(ctx: FnContext, s: ast.For) -> None:
    """for x in xs, for i, x in enumerate(xs), ...: a counter k walks the source (iteration.py)."""
    b = ctx.b
    x = s.target.id if isinstance(s.target, ast.Name) else "for"
    walk = iteration.source(ctx, s.iter)
    item_t = iteration.item_type(ctx, s.iter)
    head = ctx.block("for.head", [I64], [f"{x}.k"])
    body, next_block, end = ctx.block("for.body"), ctx.block("for.next"), ctx.block("for.end")
    else_ = ctx.block("for.else") if s.orelse else end
    ctx.jump(head, [b.i64(0)])
    ctx.enter(head)
    k = head.params[0]
    with ctx.at(s.iter):
        ctx.branch(walk.more(k), body, else_)
    ctx.enter(body)
    with ctx.at(s.iter):
        item = walk.item(k)
    stmt.assign(ctx, s.target, item, item_t)
    _loop_body(ctx, None, s.body, Loop(continue_to=next_block, break_to=end), next_block)
    if ctx.enter(next_block):
        ctx.jump(head, [b.binary("add", k, b.i64(1))])  # k < len, so this never overflows
    _else_and_end(ctx, s, else_, end)


def _is_range(ctx: FnContext, call: ast.expr) -> bool:
    info = ctx.tm.calls.get(call) if isinstance(call, ast.Call) else None
    return isinstance(call, ast.Call) and (
        (info is not None and info.name == "range")
        or (info is None and isinstance(call.func, ast.Name) and call.func.id == "range"))


def _range(ctx: FnContext, s: ast.For):
    """start, stop, step of `for x in range(...)`, evaluated once, left to right."""
    call = s.iter
    info = ctx.tm.calls.get(call)
    with ctx.at(call):
        return ranges.call_bounds(ctx, call, info.args if info is not None else call.args)


def _loop_body(ctx: FnContext, block, body: list[ast.stmt], loop: Loop, back) -> None:
    if block is not None and not ctx.enter(block):
        return
    ctx.loops.append(loop)
    stmt.lower_body(ctx, body)
    ctx.loops.pop()
    if not ctx.terminated:
        ctx.jump(back)


def _else_and_end(ctx: FnContext, s: ast.While | ast.For, else_, end) -> None:
    if s.orelse and ctx.enter(else_):
        stmt.lower_body(ctx, s.orelse)
        if not ctx.terminated:
            ctx.jump(end)
    ctx.enter(end)
