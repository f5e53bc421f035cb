"""Expressions: a value for each typed AST expression, and conditions as control flow.

`lower(ctx, e)` returns the expression's value: an IR `Value` (a tuple as one
runtime object), or None for a None value. `lower_parts(ctx, e)` keeps a tuple
literal or a `divmod` as a Python list of its parts, for unpacking (ADR 0008).
`cond(ctx, e, t, f)` branches to `t` if `e` is truthy and to `f` otherwise,
which is how `if`, `while`, `assert`, `x if c else y` and `not` use their tests:

    a or b  (value)                      if a and b:  (condition)
      %a = ...                             %a = ...
      cbr (truth %a), ^or.end(%a), ^or.1   cbr (truth %a), ^and.1, ^else
    ^or.1:                               ^and.1:
      %b = ...                             %b = ...
      br ^or.end(%b)                       cbr (truth %b), ^then, ^else
"""

from __future__ import annotations

import ast

from ..frontend.pytypes import compatible
from ..frontend.typed import BOOL, NONE, RANGE, STR, Constant
from ..ir.ops import Block, Value
from . import (
    calls, closures, comprehensions, listops, mappings, names, operators, optionals, ranges, sequences, strings, tuples,
)
from .context import FnContext, IrgenError, ir_type
from .convert import coerce, truth


def lower(ctx: FnContext, node: ast.expr):
    with ctx.at(node):
        value = _lower(ctx, node)
        return tuples.box(ctx, value, ctx.type_of(node)) if isinstance(value, list) else value


def lower_parts(ctx: FnContext, node: ast.expr):
    """A tuple literal (nested ones too) or divmod as a list of parts; anything else as `lower`."""
    with ctx.at(node):
        if isinstance(node, ast.Tuple):
            return [lower_parts(ctx, e) for e in node.elts]
        return _lower(ctx, node)


def _lower(ctx: FnContext, node: ast.expr):
    match node:
        case ast.Constant(value=value):
            return names.constant(ctx, value, ctx.tm.types.get(node))
        case ast.Attribute() if ctx.tm.types.get(node.value) == RANGE:
            return ranges.attribute(ctx, node)
        case ast.Name() | ast.Attribute():
            return names.load(ctx, node)
        case ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=int() as v)) if type(v) is int:
            return names.constant(ctx, -v, ctx.tm.types.get(node))  # so -9223372036854775808 fits
        case ast.UnaryOp(op=ast.Not()):
            return _condition_value(ctx, node)
        case ast.UnaryOp(op=op, operand=operand):
            return operators.unary(ctx, op, lower(ctx, operand), ctx.type_of(operand))
        case ast.BinOp() if ctx.type_of(node).is_set:
            return mappings.binop(ctx, node)
        case ast.BinOp(op=ast.Mod()) if ctx.type_of(node.left) == STR:
            return strings.percent(ctx, node)
        case ast.JoinedStr():
            return strings.fstring(ctx, node)
        case ast.BinOp() if ctx.type_of(node).is_list:
            return sequences.binop(ctx, node, ctx.type_of(node))
        case ast.BinOp() if ctx.type_of(node).is_tuple:
            return tuples.binop(ctx, node, ctx.type_of(node))
        case ast.BinOp(left=left, op=op, right=right):
            a, b = lower(ctx, left), lower(ctx, right)
            return operators.binary(ctx, op, a, ctx.type_of(left), b, ctx.type_of(right),
                                    ctx.type_of(node))
        case ast.Compare():
            return _compare(ctx, node)
        case ast.BoolOp():
            return _bool_op(ctx, node)
        case ast.IfExp():
            return _if_exp(ctx, node)
        case ast.Call():
            return calls.lower_call(ctx, node)
        case ast.Tuple(elts=elts):
            return [lower(ctx, e) for e in elts]
        case ast.List():
            return sequences.list_literal(ctx, node, ctx.type_of(node))
        case ast.Dict():
            return mappings.dict_literal(ctx, node, ctx.type_of(node))
        case ast.DictComp() | ast.SetComp():
            return comprehensions.mapping_comprehension(ctx, node, ctx.type_of(node))
        case ast.Set():
            return mappings.set_literal(ctx, node, ctx.type_of(node))
        case ast.Subscript() if ctx.type_of(node.value).is_dict:
            return mappings.subscript(ctx, node)
        case ast.Subscript() if ctx.type_of(node.value) == RANGE:
            return ranges.subscript(ctx, node)
        case ast.Subscript():
            return sequences.subscript(ctx, node)
        case ast.ListComp():
            return comprehensions.list_comprehension(ctx, node)
        case ast.Lambda():
            return closures.make_closure(ctx, node)
    raise IrgenError(f"cannot lower the expression {ast.unparse(node)!r}", node)


# ---- conditions ---------------------------------------------------------


def cond(ctx: FnContext, node: ast.expr, then: Block, else_: Block) -> None:
    """Branch to `then` if `node` is truthy, else to `else_` (Python's short-circuit order)."""
    with ctx.at(node):
        static = static_truth(ctx, node)
        if static is not None:
            ctx.jump(then if static else else_)
            return
        match node:
            case ast.UnaryOp(op=ast.Not(), operand=operand):
                cond(ctx, operand, else_, then)
            case ast.BoolOp(op=op, values=values):
                for value in values[:-1]:
                    more = ctx.block("and" if isinstance(op, ast.And) else "or")
                    if isinstance(op, ast.And):
                        cond(ctx, value, more, else_)
                    else:
                        cond(ctx, value, then, more)
                    if not ctx.enter(more):
                        return
                cond(ctx, values[-1], then, else_)
            case _:
                ctx.branch(truth(ctx, lower(ctx, node), ctx.type_of(node)), then, else_)


def static_truth(ctx: FnContext, node: ast.expr) -> bool | None:
    """The truth of a test known before running it (`True`, `__name__ == "__main__"`), else None."""
    match node:
        case ast.Constant(value=value) if value is None or isinstance(value, (bool, int, float, str)):
            return bool(value)
        case ast.Compare(left=left, ops=[op], comparators=[right]):
            a, b = static_str(ctx, left), static_str(ctx, right)
            if a is not None and b is not None and type(op) in (ast.Eq, ast.NotEq):
                return (a == b) == isinstance(op, ast.Eq)
    return None


def static_str(ctx: FnContext, node: ast.expr) -> str | None:
    """The text of a str literal or of a name bound to a str constant (`__name__`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    binding = ctx.tm.names.get(node)
    if isinstance(binding, Constant) and isinstance(binding.value, str):
        return binding.value
    return None


def _condition_value(ctx: FnContext, node: ast.expr) -> Value:
    """`not x` as a value: a bool, computed through `cond` when it involves and/or."""
    if isinstance(node, ast.UnaryOp) and not isinstance(node.operand, ast.BoolOp):
        operand = node.operand
        return ctx.b.unary("not", truth(ctx, lower(ctx, operand), ctx.type_of(operand)))
    yes, no = ctx.block("true"), ctx.block("false")
    join = ctx.block("bool", [ir_type(BOOL)])
    cond(ctx, node, yes, no)
    for block, value in ((yes, True), (no, False)):
        if ctx.enter(block):
            ctx.jump(join, [ctx.b.i1(value)])
    ctx.enter(join)
    return join.params[0]


# ---- comparisons --------------------------------------------------------


# a < b < c: each operand evaluated once, left to right; stop at the first false
def _compare(ctx: FnContext, node: ast.Compare):
    static = static_truth(ctx, node)
    if static is not None:
        return ctx.b.i1(static)
    left, tl = lower(ctx, node.left), ctx.type_of(node.left)
    pairs = list(zip(node.ops, node.comparators))
    end = ctx.block("cmp.end", [ir_type(BOOL)]) if len(pairs) > 1 else None
    for i, (op, comparator) in enumerate(pairs):
        right, tr = lower(ctx, comparator), ctx.type_of(comparator)
        if isinstance(op, (ast.Is, ast.IsNot)):  # x is None: the frontend allows no other `is`
            subject, ts = (right, tr) if tl == NONE else (left, tl)
            found = optionals.is_none(ctx, subject, ts)
            result = found if isinstance(op, ast.Is) else ctx.b.unary("not", found)
        elif isinstance(op, (ast.In, ast.NotIn)) and tr == STR:
            result = strings.contains(ctx, left, right, isinstance(op, ast.NotIn))
        elif isinstance(op, (ast.In, ast.NotIn)) and tr.is_tuple:
            found = tuples.contains(ctx, left, right, tr)
            result = found if isinstance(op, ast.In) else ctx.b.unary("not", found)
        elif isinstance(op, (ast.In, ast.NotIn)) and tr.is_list:
            result = listops.contains(ctx, op, left, right)
        elif isinstance(op, (ast.In, ast.NotIn)) and tr == RANGE:
            with ctx.at(node):
                result = ranges.contains(ctx, op, left, tl, right)
        elif tl == tr == RANGE:
            with ctx.at(node):
                result = ranges.compare(ctx, operators.PREDICATES[type(op)], left, right)
        elif tl.is_list and tr.is_list:
            result = listops.compare(ctx, op, left, right, tl)
        else:
            result = _comparison(ctx, node, op, (left, tl), (right, tr))
        if end is None:
            return result
        if i == len(pairs) - 1:
            ctx.jump(end, [result])
        else:
            more = ctx.block("cmp.next")
            ctx.branch(result, more, end, [], [result])
            ctx.enter(more)
        left, tl = right, tr
    ctx.enter(end)
    return end.params[0]


def _comparison(ctx: FnContext, node: ast.Compare, op: ast.cmpop, left, right) -> Value:
    (a, ta), (b, tb) = left, right
    if isinstance(op, (ast.In, ast.NotIn)) and mappings.is_mapping(tb):
        with ctx.at(node):
            return mappings.contains(ctx, a, b, tb, isinstance(op, ast.NotIn))
    pred = operators.PREDICATES.get(type(op))
    if pred is None:
        raise IrgenError(f"no lowering for the comparison {type(op).__name__}", node)
    if mappings.is_mapping(ta):
        with ctx.at(node):
            return mappings.compare(ctx, pred, a, b, ta)
    return operators.compare(ctx, pred, a, ta, b, tb)


# ---- value-producing control flow ---------------------------------------


# a and b, a or b: the value of the operand that decided
def _bool_op(ctx: FnContext, node: ast.BoolOp):
    t = ctx.type_of(node)
    types = [ctx.type_of(v) for v in node.values]
    if any(not compatible(x, t) for x in types) or node in getattr(ctx.tm, "condition_only", ()):
        raise IrgenError(f"and/or operands of types {', '.join(map(str, types))} used as a value", node)
    is_and = isinstance(node.op, ast.And)
    end = ctx.block("and.end" if is_and else "or.end", [ir_type(t)])
    for operand in node.values[:-1]:
        ot = ctx.type_of(operand)
        value = lower(ctx, operand)
        more = ctx.block("and" if is_and else "or")
        take = end if ot == t else ctx.block("and.take" if is_and else "or.take")
        args = [value] if ot == t else []
        if is_and:
            ctx.branch(truth(ctx, value, ot), more, take, [], args)
        else:
            ctx.branch(truth(ctx, value, ot), take, more, args, [])
        if take is not end and ctx.enter(take):  # a fixed tuple made a tuple[T, ...] only where it is the value
            ctx.jump(end, [coerce(ctx, value, ot, t)])
        ctx.enter(more)
    last = node.values[-1]
    ctx.jump(end, [coerce(ctx, lower(ctx, last), ctx.type_of(last), t)])
    ctx.enter(end)
    return end.params[0]


# body if test else orelse
def _if_exp(ctx: FnContext, node: ast.IfExp):
    t = ctx.type_of(node)
    for branch in (node.body, node.orelse):
        if not compatible(ctx.type_of(branch), t):
            raise IrgenError(f"conditional expression of type {t} has a {ctx.type_of(branch)} branch", node)
    then, else_ = ctx.block("if.then"), ctx.block("if.else")
    join = ctx.block("if.end", [ir_type(t)])
    cond(ctx, node.test, then, else_)
    for block, branch in ((then, node.body), (else_, node.orelse)):
        if ctx.enter(block):
            value = coerce(ctx, lower(ctx, branch), ctx.type_of(branch), t)  # a fixed tuple as a tuple[T, ...]
            if not ctx.terminated:
                ctx.jump(join, [value])
    ctx.enter(join)
    return join.params[0]

