"""Comprehensions, and the loop over any iterable that the builtins consuming one use.

List, dict and set comprehensions are lowered as the loops they stand for:
their `for` and `if` clauses become synthetic `ast.For` / `ast.If` statements
around one `Emit` statement, whose callback adds the element, so a
comprehension iterates over everything a written `for` loop does (loops.py:
ranges, sequences, enumerate/zip/reversed, dicts, sets and views) with the
same code:

    [x * x for x in xs if x > 0]   %r = rt @list_new(%t, 0)
                                   for x in xs:            (loops.py: the length is read every step,
                                       if x > 0:            as CPython's list iterator does)
                                           rt @list_append(%r, x * x)
    {k: v for x in xs if c}        %d = rt @dict_new(%t, 0); ... rt @dict_setitem(%d, k, v)   k before v
    {x for x in xs}                %s = rt @set_new(%t); ... rt @set_add(%s, x)

A list comprehension's variables are `ComprehensionVar`s of its own scope
(frontend/comprehensions.py): they never get a slot; the loop's assignment
binds the current SSA value in `ctx.comprehension_values` (names.store). Dict
and set comprehensions' variables are renamed locals of the enclosing body
(frontend/mapping_comprehensions.py).

`for_each(ctx, iterable, item_type, body)` is the same loop with a hidden
variable as its target, for list(it), sorted(it), set(it), dict(it), sum(it), ...
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..frontend.typed import ComprehensionVar, PyType
from ..ir.ops import Value
from . import expr, stmt, tuples
from .context import FnContext


class Emit(ast.stmt):
    """A statement that only irgen makes: lowering it runs `run(ctx)`."""

    _fields = ()

    def __init__(self, run: Callable[[FnContext], None], like: ast.AST):
        super().__init__()
        self.run = run
        ast.copy_location(self, like)


def list_comprehension(ctx: FnContext, node: ast.ListComp) -> Value:
    """[elt for ... in ... if ...]: a new list, each element appended as it is computed."""
    b = ctx.b
    new = b.rt("list_new", [ctx.tdesc(ctx.type_of(node)), b.i64(0)])

    def append(ctx: FnContext) -> None:
        value = expr.lower(ctx, node.elt)
        with ctx.at(node):
            ctx.b.rt("list_append", [new, value])

    lower_clauses(ctx, node, append)
    return new


def mapping_comprehension(ctx: FnContext, node: ast.DictComp | ast.SetComp, t: PyType) -> Value:
    """{k: v for ...} and {x for ...}."""
    b = ctx.b
    if t.is_dict:
        result = b.rt("dict_new", [ctx.tdesc(t), b.i64(0)])

        def add(ctx: FnContext) -> None:
            key = expr.lower(ctx, node.key)
            value = expr.lower(ctx, node.value)
            with ctx.at(node):
                ctx.b.rt("dict_setitem", [result, key, value])
    else:
        result = b.rt("set_new", [ctx.tdesc(t)])

        def add(ctx: FnContext) -> None:
            item = expr.lower(ctx, node.elt)
            with ctx.at(node):
                ctx.b.rt("set_add", [result, item])
    lower_clauses(ctx, node, add)
    return result


def lower_clauses(ctx: FnContext, node: ast.ListComp | ast.DictComp | ast.SetComp,
                  add: Callable[[FnContext], None]) -> None:
    """The loop nest of a comprehension's clauses, `add` run once in the innermost body.

    The clauses nest left to right; each `if` skips to the next step of its own loop. The
    first iterable is evaluated once, the inner ones once per step of the loops around them."""
    inner: ast.stmt = Emit(add, node)
    for gen in reversed(node.generators):
        for test in reversed(gen.ifs):
            inner = ast.copy_location(ast.If(test=test, body=[inner], orelse=[]), test)
        inner = ast.copy_location(ast.For(target=gen.target, iter=gen.iter, body=[inner], orelse=[]), node)
    stmt.lower_stmt(ctx, inner)


def for_each(ctx: FnContext, iterable: ast.expr, item_t: PyType, body: Callable[[object], None],
             unpack: bool = False) -> None:
    """Evaluate `iterable` (anything a for loop takes) and call `body(item)` to lower
    each step. With `unpack` (or over d.items()), a tuple item comes as the list of its
    parts, with no tuple object made; `tuples.box` makes one where it is kept."""
    from .mapping_loops import view_method  # circular: mapping loops lower statements

    unpack = unpack or view_method(ctx, iterable) == "dict.items"
    types = tuples.item_types(item_t, len(item_t.items)) if unpack else [item_t]
    names = [_hidden(ctx, iterable, i, t) for i, t in enumerate(types)]
    target = ast.copy_location(ast.Tuple(elts=names, ctx=ast.Store()), iterable) if unpack else names[0]
    ctx.tm.types[target] = item_t

    def run(ctx: FnContext) -> None:
        values = [ctx.comprehension_values[ctx.tm.names[n]] for n in names]
        body(values if unpack else values[0])

    loop = ast.For(target=target, iter=iterable, body=[Emit(run, iterable)], orelse=[])
    stmt.lower_stmt(ctx, ast.copy_location(loop, iterable))


def _hidden(ctx: FnContext, iterable: ast.expr, i: int, t: PyType) -> ast.Name:
    """The i-th loop variable of a loop over `iterable`, which no program can name: a
    ComprehensionVar bound only here (its `where` tells it from the frontend's)."""
    name = ast.copy_location(ast.Name(id="item", ctx=ast.Store()), iterable)
    ctx.tm.names[name] = ComprehensionVar("item", (-1 - i, id(iterable)))
    ctx.tm.types[name] = t
    return name
