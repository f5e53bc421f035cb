"""Reading and writing names: locals, module globals, compile-time constants.

    x            (local)       %x = load %x.slot
    x            (maybe unbound local)
                               %b = load %x.bound; cbr %b, ^x.ok, ^x.UnboundLocalError
    g            (global, read in a function, or maybe unbound at top level)
                               %d = load (globalref @g.defined); cbr %d, ^g.ok, ^g.NameError
    math.pi, __name__          const.f64 3.141592653589793, const.str "__main__"

Every assignment stores the value and sets the variable's flag (if it has one).
"""

from __future__ import annotations

import ast

from ..frontend.typed import Capture, ComprehensionVar, Constant, FuncRef, Global, Local, PyType
from ..ir.semantics import INT_MAX, INT_MIN, OVERFLOW_MESSAGE
from . import closures, optionals, suggestions
from .context import FnContext, IrgenError, Var
from .convert import coerce


def load(ctx: FnContext, node: ast.expr):
    """The value of a Name (or a `math.pi`-style Attribute the frontend resolved)."""
    binding = ctx.tm.names.get(node)
    match binding:
        case Constant(value=value):
            return constant(ctx, value, ctx.type_of(node))
        case Local():
            var = ctx.var(node)
            if var.flag is not None and node in ctx.tm.maybe_unbound:
                _check_flag(ctx, var, "UnboundLocalError",
                            f"cannot access local variable '{var.name}' where it is not associated with a value")
            return _narrowed(ctx, node, var, ctx.load_var(var))
        case ComprehensionVar() if binding in ctx.comprehension_values:
            return ctx.comprehension_values[binding]
        case Global():
            var = ctx.var(node)
            if ctx.in_function or node in ctx.tm.maybe_unbound:
                _check_defined(ctx, var, node)
            return _narrowed(ctx, node, var, ctx.load_var(var))
        case Capture(name=name):
            return closures.load_capture(ctx, name)
        case FuncRef(name=name):
            return closures.function_value(ctx, name)
    raise IrgenError(f"the frontend did not resolve {ast.unparse(node)!r}", node)


def _narrowed(ctx: FnContext, node: ast.expr, var: Var, value):
    """An optional variable read where the frontend proved it is not None: its T."""
    if var.type.is_optional and ctx.type_of(node) == var.type.elem:
        return optionals.unwrap(ctx, value, var.type)
    return value


def store(ctx: FnContext, node: ast.Name, value, t: PyType) -> None:
    """`name = value`, where the value has type `t`. A comprehension's variable is no slot:
    it is the value itself while the comprehension's loop runs (comprehensions.py)."""
    binding = ctx.tm.names.get(node)
    if isinstance(binding, ComprehensionVar):
        ctx.comprehension_values[binding] = value
        return
    var = ctx.var(node)
    ctx.store_var(var, coerce(ctx, value, t, var.type))


def _check_flag(ctx: FnContext, var: Var, kind: str, message: str) -> None:
    flag = ctx.b.load(ctx.pointer(var.flag), f"{var.name}.bound")
    ctx.check(flag, kind, message, var.name)


def _check_defined(ctx: FnContext, var: Var, node: ast.expr) -> None:
    """A global read: NameError (with CPython's suggestion) unless it has been assigned."""
    good, bad = ctx.block(f"{var.name}.ok"), ctx.block(f"{var.name}.NameError")
    ctx.branch(ctx.b.load(ctx.pointer(var.flag), f"{var.name}.defined"), good, bad)
    ctx.enter(bad)
    suggestions.raise_name_error(ctx, var.name, node)
    ctx.enter(good)


def constant(ctx: FnContext, value, t: PyType | None = None):
    """A literal as an IR constant (None is no value at all)."""
    b = ctx.b
    match value:
        case None:
            return None
        case bool():
            v = b.i1(value)
        case int() if INT_MIN <= value <= INT_MAX:
            v = b.i64(value)
        case int():  # CPython would make a big int; Pyrite's ints are 64-bit
            b.raise_("OverflowError", b.str(OVERFLOW_MESSAGE))
            ctx.continue_dead()
            return b.i64(0)
        case float():
            v = b.f64(value)
        case str():
            v = b.str(value)
        case _:
            raise IrgenError(f"no IR constant for {value!r}")
    source = {bool: "bool", int: "int", float: "float", str: "str"}[type(value)]
    if t is not None and t.name != source:
        return coerce(ctx, v, PyType(source), t)
    return v
