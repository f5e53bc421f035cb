"""Calls: user functions, `sys.exit`, and the dispatch to builtins and `math`.

    f(a, b=x)     %r = call @f(%a, %x)      (defaults filled in by the frontend)
    sys.exit(n)   rt @exit(%n); unreachable
    sys.exit(s)   rt @exit_msg(%s); unreachable

Arguments are evaluated in source order (positional, then keywords as
written), even though they are passed in parameter order.
"""

from __future__ import annotations

import ast

from ..frontend.typed import BOOL, INT, NONE, CallInfo
from . import builtins, callargs, closures, expr, keyed, mappings, mathfns, ranges, sequences
from .context import FnContext, IrgenError
from .convert import coerce, to_int


def lower_call(ctx: FnContext, node: ast.Call):
    info = ctx.tm.calls.get(node)
    if info is None:
        raise IrgenError(f"the frontend did not resolve the call {ast.unparse(node)!r}", node)
    match info.kind:
        case "user":
            return _user(ctx, node, info)
        case "builtin" if info.name == "set":
            return mappings.set_call(ctx, node, ctx.type_of(node))
        case "builtin" if info.name == "dict":
            return mappings.dict_call(ctx, node, ctx.type_of(node))
        case "builtin" if info.name == "range":
            return ranges.new(ctx, node, info)
        case "builtin":
            return builtins.lower(ctx, node, info)
        case "math":
            return mathfns.lower(ctx, node, info)
        case "method" if info.name.split(".")[0] in ("dict", "set"):
            return mappings.lower_method(ctx, node, info)
        case "method" if info.name.startswith("range."):
            return ranges.lower_method(ctx, node, info)
        case "method":
            return sequences.lower_method(ctx, node, info)
        case "keyed":
            return keyed.lower(ctx, node, info)
        case "value":
            func = expr.lower(ctx, node.func)  # CPython evaluates the callee before the arguments
            values = [v for v, _ in callargs.arguments(ctx, node, info.args)]
            return closures.call_value(ctx, node, [func, *values])
        case "sys" if info.name == "exit":
            return _sys_exit(ctx, node, info)
    raise IrgenError(f"no lowering for the call {ast.unparse(node)!r} ({info.kind} {info.name})", node)


def _user(ctx: FnContext, node: ast.Call, info: CallInfo):
    fi = ctx.tm.functions[info.name]
    args = callargs.arguments(ctx, node, info.args)
    if len(args) != len(fi.params):
        raise IrgenError(f"{info.name}() takes {len(fi.params)} arguments, the call has {len(args)}", node)
    values = [coerce(ctx, v, t, pt) for (v, t), (_, pt) in zip(args, fi.params)]
    return ctx.b.call(info.name, values)


# sys.exit(), sys.exit(n), sys.exit(None), sys.exit("message")
def _sys_exit(ctx: FnContext, node: ast.Call, info: CallInfo):
    args = callargs.arguments(ctx, node, info.args)
    b = ctx.b
    if not args or args[0][1] == NONE:
        b.rt("exit", [b.i64(0)])
    elif args[0][1] in (INT, BOOL):
        b.rt("exit", [to_int(ctx, *args[0])])
    elif args[0][1].name == "str":
        b.rt("exit_msg", [args[0][0]])
    else:
        raise IrgenError(f"sys.exit() of a {args[0][1]}", node)
    b.unreachable()
    ctx.continue_dead()  # the statement list stops here (see stmt.lower_body)
