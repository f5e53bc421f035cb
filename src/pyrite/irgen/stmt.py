"""Statements: assignments, if, return, assert, raise, and the dispatch to loops.

A statement list stops at the first statement after which control cannot
continue (return, break, continue, raise, sys.exit): what follows is dead
and is not lowered.

    if c: A else: B         cbr %c, ^if.then, ^if.else
                            ^if.then: A; br ^if.end     ^if.else: B; br ^if.end
    assert c, msg           cbr %c, ^assert.ok, ^assert.fail
                            ^assert.fail: raise AssertionError %msg
"""

from __future__ import annotations

import ast

from ..frontend.typed import NONE, PyType
from ..ir.types import NONE as IR_NONE
from . import closures, comprehensions, dict_rmw, listops, loops, mappings, names, operators, sequences, tuples
from .context import FnContext, IrgenError
from .convert import coerce, to_str
from .expr import cond, lower, lower_parts


def lower_body(ctx: FnContext, body: list[ast.stmt]) -> None:
    for statement in body:
        if ctx.terminated:
            return
        with ctx.at(statement):
            lower_stmt(ctx, statement)
        ctx.drop_dead_tail()


def lower_stmt(ctx: FnContext, s: ast.stmt) -> None:
    match s:
        case ast.Assign(targets=[ast.Subscript() as target], value=value):
            if not dict_rmw.store_updated(ctx, target, value):
                sequences.store_item(ctx, target, lower(ctx, value))
        case ast.Assign(targets=targets, value=value):
            unpacking = all(isinstance(target, (ast.Tuple, ast.List)) for target in targets)
            v, t = (lower_parts if unpacking else lower)(ctx, value), ctx.type_of(value)
            for target in targets:  # a = b = v: v evaluated once, stored left to right
                assign(ctx, target, v, t)
        case ast.AnnAssign(target=target, value=value) if value is not None:
            assign(ctx, target, lower(ctx, value), ctx.type_of(value))
        case ast.AugAssign():
            _aug_assign(ctx, s)
        case ast.Expr(value=ast.Constant()):
            pass  # a docstring
        case ast.Expr(value=value):
            lower(ctx, value)
        case ast.If():
            _if(ctx, s)
        case ast.While():
            loops.lower_while(ctx, s)
        case ast.For():
            loops.lower_for(ctx, s)
        case ast.Delete():
            _delete(ctx, s)
        case comprehensions.Emit():
            s.run(ctx)  # the innermost step of a comprehension
        case ast.Break():
            ctx.jump(_loop(ctx, s).break_to)
        case ast.Continue():
            ctx.jump(_loop(ctx, s).continue_to)
        case ast.Return():
            _return(ctx, s)
        case ast.Assert():
            _assert(ctx, s)
        case ast.Raise():
            _raise(ctx, s)
        case ast.FunctionDef() if s in ctx.tm.closures:
            ctx.store_var(ctx.locals[s.name], closures.make_closure(ctx, s))  # a nested def (ADR 0009)
        case (ast.Pass() | ast.AnnAssign() | ast.Global() | ast.Nonlocal() | ast.Import()
              | ast.ImportFrom() | ast.FunctionDef()):
            pass  # a def is lowered as its own function; imports are resolved by the frontend
        case _:
            raise IrgenError(f"cannot lower the statement {type(s).__name__}", s)


def assign(ctx: FnContext, target: ast.expr, value, t: PyType) -> None:
    """Store a value into a target: a name, or a tuple of targets (unpacked left to right)."""
    with ctx.at(target):
        match target:
            case ast.Name():
                names.store(ctx, target, tuples.box(ctx, value, t), t)
            case ast.Subscript():
                sequences.store_item(ctx, target, tuples.box(ctx, value, t))
            case ast.Tuple(elts=elts) | ast.List(elts=elts) if any(isinstance(e, ast.Starred) for e in elts):
                for element, (item, item_t) in zip(elts, tuples.starred_parts(ctx, value, t, elts)):
                    assign(ctx, element.value if isinstance(element, ast.Starred) else element, item, item_t)
            case ast.Tuple(elts=elts) | ast.List(elts=elts) if t.is_tuple or t.is_list:
                items = tuples.parts(ctx, value, t, len(elts))
                for element, item, item_t in zip(elts, items, tuples.item_types(t, len(elts))):
                    assign(ctx, element, item, item_t)
            case _:
                raise IrgenError(f"cannot assign a {t} to {ast.unparse(target)!r}", target)


# x op= v: load x, evaluate v, store x op v (xs += ys extends the list xs in place)
def _delete(ctx: FnContext, s: ast.Delete) -> None:
    """del d[k], del xs[i], del xs[a:b]: targets left to right, each deleted before the next
    is evaluated."""
    for target in s.targets:
        if ctx.type_of(target.value).is_dict:
            mappings.delete_item(ctx, target)
        else:
            listops.delete_item(ctx, target)


def _aug_assign(ctx: FnContext, s: ast.AugAssign) -> None:
    if isinstance(s.target, ast.Subscript):
        sequences.update_item(ctx, s, lambda x, tx: _update(ctx, s, x, tx))
        return
    if not isinstance(s.target, ast.Name):
        raise IrgenError(f"cannot assign to {ast.unparse(s.target)!r}", s)
    tx = ctx.var(s.target).type
    x = names.load(ctx, s.target)
    names.store(ctx, s.target, _update(ctx, s, x, tx), tx)


def _update(ctx: FnContext, s: ast.AugAssign, x, tx: PyType):
    """`x op v` for `x op= v`, where x has type tx (and so has the result)."""
    v, tv = lower(ctx, s.value), ctx.type_of(s.value)
    with ctx.at(s):
        if tx.is_list:
            return sequences.extend(ctx, tx, x, v)
        if tx.is_set:
            return mappings.update_in_place(ctx, s.op, x, v)
        if tx.is_tuple:  # t += s, t *= n: a new tuple, as CPython's are immutable
            return tuples.operate(ctx, s.op, (x, tx), (v, tv), tx, s.value)
        return operators.binary(ctx, s.op, x, tx, v, tv, tx)  # the frontend checked: x op v is a tx


def _if(ctx: FnContext, s: ast.If) -> None:
    then, end = ctx.block("if.then"), ctx.block("if.end")
    else_ = ctx.block("if.else") if s.orelse else end
    cond(ctx, s.test, then, else_)
    for block, body in ((then, s.body), (else_, s.orelse)):
        if body and ctx.enter(block):
            lower_body(ctx, body)
            if not ctx.terminated:
                ctx.jump(end)
    ctx.enter(end)


def _loop(ctx: FnContext, s: ast.stmt):
    if not ctx.loops:
        raise IrgenError("break or continue outside a loop", s)
    return ctx.loops[-1]


def _return(ctx: FnContext, s: ast.Return) -> None:
    if ctx.info is None:
        raise IrgenError("return outside a function", s)
    value = lower(ctx, s.value) if s.value is not None else None
    if ctx.fn.ret == IR_NONE:
        ctx.b.ret()
    else:
        src = ctx.type_of(s.value) if s.value is not None else NONE
        ctx.b.ret(coerce(ctx, value, src, ctx.info.ret))


# assert test, msg: msg is evaluated only when the test fails
def _assert(ctx: FnContext, s: ast.Assert) -> None:
    ok, fail = ctx.block("assert.ok"), ctx.block("assert.fail")
    cond(ctx, s.test, ok, fail)
    if ctx.enter(fail):
        message = None
        if s.msg is not None:
            message = to_str(ctx, lower(ctx, s.msg), ctx.type_of(s.msg))
        if not ctx.terminated:
            ctx.b.raise_("AssertionError", message)
    ctx.enter(ok)


# raise ValueError("message"), raise ValueError(), raise ValueError
def _raise(ctx: FnContext, s: ast.Raise) -> None:
    match s.exc:
        case ast.Name(id=kind):
            ctx.b.raise_(kind)
        case ast.Call() as call if (info := ctx.tm.calls.get(call)) and info.kind == "raise":
            message = None
            if len(info.args) == 1:
                arg = info.args[0]
                with ctx.at(arg):
                    if info.name == "KeyError" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        message = ctx.b.str(repr(arg.value))  # str(KeyError(k)) is repr(k)
                    else:
                        message = to_str(ctx, lower(ctx, arg), ctx.type_of(arg))
            elif info.args:
                raise IrgenError("an exception with more than one argument", s)
            ctx.b.raise_(info.name, message)
        case _:
            raise IrgenError(f"cannot lower 'raise {ast.unparse(s.exc) if s.exc else ''}'", s)
