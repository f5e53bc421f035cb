"""Dict and set comprehensions, lowered as the loops they stand for:

    {k: v for x in xs if c}        %d = rt @dict_new(%t, 0)
                                   for x in xs:          (loops.py: any iterable a for takes)
                                       if c:
                                           rt @dict_setitem(%d, k, v)    k before v

The `for` and `if` clauses become synthetic `ast.For` / `ast.If` statements
around one `Emit` statement, whose callback adds the element, so every kind of
loop and condition is lowered by the same code as a written one. The
variables are the renamed ones the frontend gave the comprehension
(frontend/mapping_comprehensions.py). (List comprehensions are lowered
elsewhere; they could share this.)
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..frontend.typed import PyType
from ..ir.ops import Value
from . import expr, stmt
from .context import FnContext


class Emit(ast.stmt):
    """A statement that only irgen makes: lowering it runs `run(ctx)`."""

    _fields = ()

    def __init__(self, run: Callable[[FnContext], None], like: ast.AST):
        super().__init__()
        self.run = run
        ast.copy_location(self, like)


def lower(ctx: FnContext, node: ast.DictComp | ast.SetComp, t: PyType) -> Value:
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
    stmt.lower_stmt(ctx, _loops(node, add))
    return result


def _loops(node: ast.DictComp | ast.SetComp, add: Callable[[FnContext], None]) -> ast.stmt:
    inner: ast.stmt = Emit(add, node)
    for gen in reversed(node.generators):
        for test in reversed(gen.ifs):
            inner = ast.copy_location(ast.If(test=test, body=[inner], orelse=[]), test)
        inner = ast.copy_location(ast.For(target=gen.target, iter=gen.iter, body=[inner], orelse=[]), node)
    return inner
