"""Comprehensions, and the loop over an iterable they are made of.

`lower_generators` lowers the `for ... in ... if ...` clauses of any
comprehension to a loop nest and calls back once per element; a list
comprehension's callback appends the element to a new list:

    [x * x for x in xs if x > 0]
      %r = rt @list_new(%t, 0)
      br ^comp.head(0)
    ^comp.head(%k: i64):                    the list's length is read every step,
      cbr (lt.i64 %k, rt @list_len(%xs)), ^comp.body, ^comp.end    as CPython's iterator does
    ^comp.body:
      %x = rt @list_get(%xs, %k) : i64      x is this SSA value: a comprehension
      cbr (gt.i64 %x, 0), ^comp.if, ^comp.next    variable is bound once per step
    ^comp.if:
      rt @list_append(%r, (mul.i64 %x, %x)); br ^comp.next
    ^comp.next:
      br ^comp.head(add.i64 %k, 1)

A comprehension variable never has a slot: the frontend binds it to a
`ComprehensionVar` of its own scope (it does not leak, as in Python 3), and
irgen keeps its current value in `ctx.comprehension_values`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..frontend.typed import STR
from ..ir.ops import Block, Value
from ..ir.types import I64
from . import callargs, expr, sequences
from .context import FnContext, IrgenError
from .convert import to_int


def is_range_call(ctx: FnContext, node: ast.expr) -> bool:
    info = ctx.tm.calls.get(node) if isinstance(node, ast.Call) else None
    return info is not None and info.kind == "builtin" and info.name == "range"


def list_comprehension(ctx: FnContext, node: ast.ListComp) -> Value:
    """[elt for ... in ... if ...]: a new list, each element appended as it is computed."""
    b = ctx.b
    new = b.rt("list_new", [ctx.tdesc(ctx.type_of(node)), b.i64(0)])

    def append() -> None:
        value = expr.lower(ctx, node.elt)
        with ctx.at(node):
            b.rt("list_append", [new, value])

    lower_generators(ctx, node.generators, append)
    return new


def lower_generators(ctx: FnContext, generators: list[ast.comprehension], emit: Callable[[], object],
                     level: int = 0) -> None:
    """The loop nest of a comprehension's clauses; `emit()` is called once, in the innermost
    body, to lower what to do with each element (append it, add it to a set, store a key and
    a value in a dict). List, dict and set comprehensions all share this lowering.

    The clauses nest left to right; each `if` skips to the next step of its own loop. The
    first iterable is evaluated once, the inner ones once per step of the loops around them."""
    clause = generators[level]

    def body(item: Value, skip: Block) -> None:
        ctx.comprehension_values[ctx.tm.names[clause.target]] = item
        for test in clause.ifs:
            ok = ctx.block("comp.if")
            expr.cond(ctx, test, ok, skip)
            if not ctx.enter(ok):
                return
        if level + 1 < len(generators):
            lower_generators(ctx, generators, emit, level + 1)
        else:
            emit()

    for_each(ctx, clause.iter, body)


def for_each(ctx: FnContext, node: ast.expr, body: Callable[[Value, Block], object]) -> None:
    """Evaluate the iterable `node` (a range(...) call, a list or a str) and call
    `body(item, next)` to lower one step; `next` is where a step may branch to skip the rest."""
    b = ctx.b
    with ctx.at(node):
        if is_range_call(ctx, node):
            start, stop, step = _range(ctx, node)
            n = b.rt("range_len", [start, stop, step])
            item_at = lambda k: b.binary("add", start, b.binary("mul", k, step))  # noqa: E731
            length = lambda: n  # noqa: E731
        else:
            t = ctx.type_of(node)
            if not (t == STR or t.is_list):
                raise IrgenError(f"cannot iterate over a {t}", node)
            seq = expr.lower(ctx, node)
            fixed = sequences.length(ctx, seq, t) if t == STR else None
            item_at = lambda k: sequences.get_item(ctx, seq, t, k)  # noqa: E731
            length = lambda: fixed if fixed is not None else sequences.length(ctx, seq, t)  # noqa: E731
    head = ctx.block("comp.head", [I64], ["comp.k"])
    step_block, next_block, end = ctx.block("comp.body"), ctx.block("comp.next"), ctx.block("comp.end")
    ctx.jump(head, [b.i64(0)])
    ctx.enter(head)
    k = head.params[0]
    with ctx.at(node):
        ctx.branch(b.compare("lt", k, length()), step_block, end)
        ctx.enter(step_block)
        item = item_at(k)
    body(item, next_block)
    if not ctx.terminated:
        ctx.jump(next_block)
    if ctx.enter(next_block):
        ctx.jump(head, [b.binary("add", k, b.i64(1))])  # k < length, so this never overflows
    ctx.enter(end)


def _range(ctx: FnContext, call: ast.Call) -> list[Value]:
    """start, stop, step of range(...), evaluated once, left to right."""
    info = ctx.tm.calls[call]
    values = [to_int(ctx, v, t) for v, t in callargs.arguments(ctx, call, info.args)]
    if len(values) == 1:
        values = [ctx.b.i64(0), values[0]]
    if len(values) == 2:
        values.append(ctx.b.i64(1))
    return values

