"""Function values as tuples, called through one dispatcher per signature (ADR 0009).

A function value is a tuple object: its tag (which function), then the
captured variables' values. The frontend knows every function that can become
a value, so a call of a value is a switch over the tag, with direct calls:

    g = lambda x: x * n          %e = rt @tuple_new(%t, 2)   ; "tuple[int, int]"
                                 rt @tuple_init(%e, 0, 1)    ; tag 1
                                 rt @tuple_init(%e, 1, %n)   ; captured n
    g(4)                         %r = call @pyrite_call_0(%e, 4)

    func @pyrite_call_0(%f: tuple, %a0: i64) -> i64 {   ; Callable[[int], int]
      %tag = rt @tuple_get(%f, 0) : i64
      ... cbr (eq %tag, 1), ^tag1, ...
    ^tag1:
      %r = call @pyrite_lambda_12_8(%f, %a0)   ; reads n as tuple_get(%f, 1)
      ret %r
    }

A lifted function takes its own tuple (the environment) first. A module
function used as a value gets a wrapper with that shape, so direct calls of
module functions are unchanged. The refcount pass manages the tuples like any
other object.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..frontend.typed import FuncInfo, FuncRef, PyType, TypedModule, callable_of
from ..ir.ops import Function, Module, Value
from ..ir.types import I64, NONE, TDESC, TUPLE
from .context import FnContext, IrgenError, Var, descriptor_text, ir_type, leaves


@dataclass
class FunctionValues:
    """Every function that can become a value: its tag, IR name and Callable type."""

    tags: dict[str, int] = field(default_factory=dict)  # IR name of the lifted function -> tag
    types: dict[str, PyType] = field(default_factory=dict)  # IR name -> its Callable type
    dispatchers: dict[str, str] = field(default_factory=dict)  # str(Callable type) -> dispatcher name


def _callables(t: PyType, found: set[str]) -> None:
    if t.is_callable:
        found.add(str(t))
        for item in (*t.params, t.ret):
            _callables(item, found)
    else:
        for item in t.items:
            _callables(item, found)


def _type_of(info: FuncInfo) -> PyType:
    return callable_of([t for _, t in info.params], info.ret)


def declare(tm: TypedModule, module: Module) -> FunctionValues:
    """Add the lifted functions' signatures, the wrappers and the dispatchers to `module`."""
    fv = FunctionValues()
    for info in tm.closures.values():
        fn = Function(info.name, [], ir_type(info.ret), pyname=info.pyname)
        fn.params = [fn.new_value(TUPLE, "env")] + [fn.new_value(ir_type(t), n) for n, t in info.params]
        module.add(fn)
        fv.types[info.name] = _type_of(info)
    for name in sorted({b.name for b in tm.names.values() if isinstance(b, FuncRef)}):
        _wrapper(module, tm.functions[name], fv)
    signatures: set[str] = set(fv.dispatchers)
    for t in [*tm.types.values(), *fv.types.values()]:
        _callables(t, signatures)
    by_text = {str(t): t for t in fv.types.values()}
    fv.tags = {name: k for k, name in enumerate(sorted(fv.types))}
    for k, text in enumerate(sorted(signatures)):
        fv.dispatchers[text] = f"pyrite_call_{k}"
    for text in sorted(signatures):
        _dispatcher(module, fv, text, by_text.get(text) or _parse_from(tm, text))
    return fv


def _parse_from(tm: TypedModule, text: str) -> PyType:
    """The Callable type spelled `text`, found among the program's types."""
    found: list[PyType] = []

    def walk(t: PyType) -> None:
        if str(t) == text:
            found.append(t)
        for item in t.items:
            walk(item)

    for t in tm.types.values():
        walk(t)
        if found:
            return found[0]
    raise IrgenError(f"no Callable type {text}")


def _wrapper(module: Module, info: FuncInfo, fv: FunctionValues) -> None:
    """`pyrite_value_f(env, args) = f(args)`: module function f with a lifted function's shape."""
    name = f"pyrite_value_{info.name}"
    fn = Function(name, [], ir_type(info.ret), pyname=info.name)
    fn.params = [fn.new_value(TUPLE, "env")] + [fn.new_value(ir_type(t), n) for n, t in info.params]
    module.add(fn)
    fv.types[name] = _type_of(info)
    ctx = FnContext(None, module, fn, None)
    ctx.begin()
    result = ctx.b.call(info.name, fn.params[1:])
    ctx.b.ret(result if fn.ret != NONE else None)


def _dispatcher(module: Module, fv: FunctionValues, text: str, t: PyType) -> None:
    name = fv.dispatchers[text]
    fn = Function(name, [], ir_type(t.ret), pyname=name)
    fn.params = [fn.new_value(TUPLE, "f")] + [fn.new_value(ir_type(p), f"a{i}") for i, p in enumerate(t.params)]
    module.add(fn)
    ctx = FnContext(None, module, fn, None)
    b = ctx.b
    ctx.begin()
    targets = [n for n in sorted(fv.types) if str(fv.types[n]) == text]
    tag = b.rt("tuple_get", [fn.params[0], b.i64(0)], "tag", type=I64)
    for target in targets:
        hit, miss = ctx.block("tag"), ctx.block("next")
        ctx.branch(b.compare("eq", tag, b.i64(fv.tags[target])), hit, miss)
        ctx.enter(hit)
        result = b.call(target, fn.params)
        b.ret(result if fn.ret != NONE else None)
        ctx.enter(miss)
    b.unreachable()


# ---- in the functions being lowered ------------------------------------------------


def make(ctx: FnContext, name: str, captured: list[tuple[Value, PyType]]) -> Value:
    """A new function value: the tag of lifted function `name`, then the captured values."""
    b, fv = ctx.b, ctx.function_values
    text = "tuple[" + ", ".join(["int", *(descriptor_text(t) for _, t in captured)]) + "]"
    env = b.rt("tuple_new", [b.const(text, TDESC), b.i64(1 + len(captured))])
    b.rt("tuple_init", [env, b.i64(0), b.i64(fv.tags[name])])
    for i, (value, _) in enumerate(captured, start=1):
        b.rt("tuple_init", [env, b.i64(i), value])
    return env


def make_closure(ctx: FnContext, node: ast.AST) -> Value:
    """The value of a lambda, or of a nested def's statement."""
    info = ctx.tm.closures[node]
    captured = [(load_enclosing(ctx, name), t) for name, t in info.captures.items()]
    return make(ctx, info.name, captured)


def function_value(ctx: FnContext, name: str) -> Value:
    """A module-level function `name` used as a value."""
    return make(ctx, f"pyrite_value_{name}", [])


def load_enclosing(ctx: FnContext, name: str) -> Value:
    """The current value of `name` where a closure is made: a local, or our own capture."""
    info = ctx.info
    if info is not None and info.captures and name in info.captures and name not in ctx.locals:
        return load_capture(ctx, name)
    if name in ctx.locals:
        return ctx.load_var(ctx.locals[name])
    raise IrgenError(f"no enclosing variable '{name}' to capture")


def load_capture(ctx: FnContext, name: str) -> Value:
    """A captured variable read inside its closure: an item of the environment tuple."""
    info = ctx.info
    index = list(info.captures).index(name) + 1
    return ctx.b.rt("tuple_get", [ctx.fn.params[0], ctx.b.i64(index)], name, type=ir_type(info.captures[name]))


def call_value(ctx: FnContext, node: ast.Call, args: list[Value]) -> Value | None:
    """`f(args)` for a function value f (already evaluated into the first of `args`)."""
    t = ctx.type_of(node.func)
    return ctx.b.call(ctx.function_values.dispatchers[str(t)], args)


def lower_lambda(ctx: FnContext) -> None:
    """The body of a lifted lambda: return its expression's value."""
    from . import expr  # circular: expressions make closures here

    info, b = ctx.info, ctx.b
    ctx.begin()
    for (name, t), value in zip(info.params, ctx.fn.params[1:]):
        var = Var(name, t, [b.slot(ir_type(t), name)])
        ctx.locals[name] = var
        ctx.store_var(var, value)
    for name, t in info.locals.items():  # a comprehension's variables
        if name not in ctx.locals:
            ctx.locals[name] = Var(name, t, [b.slot(ir_type(leaf), name) for leaf in leaves(t)])
    result = expr.lower(ctx, info.node.body)
    b.ret(result if ctx.fn.ret != NONE else None)
