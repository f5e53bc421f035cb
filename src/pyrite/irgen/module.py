"""The module: its globals, one IR function per `def`, and `@__module__`.

    x = 1                    global @x: i64
    def f(n: int) -> int:    global @x.defined: i1
        return n + x         func @f(%n: i64) -> i64 { ... }
    print(f(2))              func @__module__() -> none { ... }

`@__module__` first marks every global undefined, then runs the top-level
statements in order (a `def` or an import emits nothing there). A function
starts by making a slot for each local and storing its parameters.
"""

from __future__ import annotations

import ast

from ..frontend.typed import FuncInfo, Local, TypedModule
from ..ir.ops import Function, Loc, Module
from ..ir.types import I1, NONE
from . import closures
from .context import FnContext, IrgenError, Var, ir_type, leaves, loc_of
from .stmt import lower_body
from .suggestions import function_varnames, module_names


def lower_module(tm: TypedModule) -> Module:
    """The IR of a module the frontend accepted."""
    module = Module(tm.filename)
    global_vars = _declare_globals(module, tm)
    names = module_names(tm.tree, {name: var.flag for name, var in global_vars.items()})
    for info in tm.functions.values():
        module.add(_signature(info))
    values = closures.declare(tm, module)
    entry = module.add(Function(Module.ENTRY, [], NONE, pyname="<module>"))
    for info in tm.functions.values():
        _lower_function(FnContext(tm, module, module.functions[info.name], info,
                                  globals=global_vars, module_names=names, function_values=values))
    for node, info in tm.closures.items():
        ctx = FnContext(tm, module, module.functions[info.name], info, globals=global_vars,
                        module_names=names, function_values=values)
        closures.lower_lambda(ctx) if isinstance(node, ast.Lambda) else _lower_function(ctx)
    _lower_entry(FnContext(tm, module, entry, None, globals=global_vars, module_names=names,
                           function_values=values))
    return module


def _declare_globals(module: Module, tm: TypedModule) -> dict[str, Var]:
    variables = {}
    for name, t in tm.globals.items():
        types = [ir_type(leaf) for leaf in leaves(t)]
        cells = [name] if types else []
        for cell, ty in zip(cells, types):
            module.globals[cell] = ty
        module.globals[f"{name}.defined"] = I1
        variables[name] = Var(name, t, cells, flag=f"{name}.defined", is_global=True)
    return variables


def _signature(info: FuncInfo) -> Function:
    fn = Function(info.name, [], ir_type(info.ret), pyname=info.name)
    fn.params = [fn.new_value(ir_type(t), name) for name, t in info.params]
    return fn


def _lower_function(ctx: FnContext) -> None:
    tm, info, fn, b = ctx.tm, ctx.info, ctx.fn, ctx.b
    ctx.begin()
    b.loc = loc_of(info.node)
    flagged = _maybe_unbound_locals(tm, info)
    ctx.varnames = function_varnames([p for p, _ in info.params], list(info.locals), info.node)
    for name, t in info.locals.items():
        slots = [b.slot(ir_type(leaf), name) for leaf in leaves(t)]
        flag = b.slot(I1, f"{name}.bound") if name in flagged else None
        ctx.locals[name] = Var(name, t, slots, flag)
    for name in flagged:
        b.store(ctx.locals[name].flag, b.i1(False))
    for (name, _), value in zip(info.params, fn.params[len(fn.params) - len(info.params):]):  # after a closure's env
        ctx.store_var(ctx.locals[name], value)
    lower_body(ctx, info.node.body)
    if not ctx.terminated:
        b.loc = _end_loc(info.node.body)
        _fall_off(ctx, info)


def _maybe_unbound_locals(tm: TypedModule, info: FuncInfo) -> list[str]:
    found = {
        binding.name
        for node in ast.walk(info.node)
        if node in tm.maybe_unbound and isinstance(binding := tm.names.get(node), Local)
    }
    return [name for name in info.locals if name in found]


def _fall_off(ctx: FnContext, info: FuncInfo) -> None:
    """The end of a function's body: `return None`, or an error if it must return a value."""
    b = ctx.b
    if ctx.fn.ret == NONE:
        b.ret()
    elif info.ret.is_optional:  # falling off the end returns None
        b.ret(b.const(None, ctx.fn.ret))
    else:
        b.raise_("RuntimeError", b.str(
            f"function '{info.name}' reached its end without returning a {info.ret} value"))


def _end_loc(body: list[ast.stmt]) -> Loc:
    """Where falling off the end of a body happens: the line its last statement ends on."""
    if not body:
        return Loc(1, 0)
    last = body[-1]
    return Loc(getattr(last, "end_lineno", None) or last.lineno, 0)


def _lower_entry(ctx: FnContext) -> None:
    tm, b = ctx.tm, ctx.b
    ctx.begin()
    b.loc = Loc(1, 0)
    for var in ctx.globals.values():
        b.store(b.globalref(var.flag), b.i1(False))
    lower_body(ctx, tm.tree.body)
    if not ctx.terminated:
        b.loc = _end_loc(tm.tree.body)
        b.ret()
