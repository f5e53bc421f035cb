"""The arguments of a call, evaluated in source order and listed in parameter order.

    f(b=g(), a=h())    g() runs before h(), then @f gets (h's value, g's value)

The frontend lists a call's arguments in parameter order, defaults filled in;
Python evaluates the ones written in the call left to right as written.
"""

from __future__ import annotations

import ast

from ..frontend.typed import PyType
from . import expr
from .context import FnContext


def arguments(ctx: FnContext, node: ast.Call, exprs: list[ast.expr]) -> list[tuple[object, PyType]]:
    """The values and types of `exprs` (in that order), evaluated in source order."""
    wanted = set(exprs)  # ast nodes hash by identity
    values = {}
    for e in [*node.args, *(k.value for k in node.keywords)]:
        if e in wanted:
            values[e] = expr.lower(ctx, e)
    # an expression not written in the call is a default: a literal, evaluated now
    return [(values[e] if e in values else expr.lower(ctx, e), ctx.type_of(e)) for e in exprs]
