"""Reachability: can control fall off the end of a block?

A function declared to return a value must not (its end would return None).
Statements that never complete: return, raise, break, continue, sys.exit(),
`assert False`, and a `while True:` loop with no break of its own. An `if`
with a constant test completes as its taken branch does. (irgen still raises
at a function's end, should this analysis ever be too generous.)
"""

from __future__ import annotations

import ast


def can_complete(stmts: list[ast.stmt]) -> bool:
    return all(completes(stmt) for stmt in stmts)


def completes(stmt: ast.stmt) -> bool:
    match stmt:
        case ast.Return() | ast.Raise() | ast.Break() | ast.Continue():
            return False
        case ast.Expr(value=value):
            return not is_sys_exit(value)
        case ast.Assert(test=test):
            return not is_constant(test, False)
        case ast.If():
            if is_constant(stmt.test, True):
                return can_complete(stmt.body)
            if is_constant(stmt.test, False):
                return can_complete(stmt.orelse)
            return can_complete(stmt.body) or can_complete(stmt.orelse)
        case ast.While():
            exits_normally = not is_constant(stmt.test, True)
            return (exits_normally and can_complete(stmt.orelse)) or breaks_out(stmt.body)
        case ast.For():
            return can_complete(stmt.orelse) or breaks_out(stmt.body)
        case ast.Try() | ast.With() | ast.Match() | ast.AsyncWith() | ast.AsyncFor():
            return False  # rejected already: do not add "missing return" to that error
    return True


def breaks_out(body: list[ast.stmt]) -> bool:
    """Whether a `break` in `body` leaves the loop that owns `body`."""
    for stmt in body:
        match stmt:
            case ast.Break():
                return True
            case ast.If():
                if breaks_out(stmt.body) or breaks_out(stmt.orelse):
                    return True
            case ast.While() | ast.For():
                if breaks_out(stmt.orelse):  # a nested loop's own body breaks out of it only
                    return True
    return False


def is_sys_exit(node: ast.expr) -> bool:
    func = node.func if isinstance(node, ast.Call) else None
    return (isinstance(func, ast.Attribute) and func.attr == "exit"
            and isinstance(func.value, ast.Name) and func.value.id == "sys")


def is_constant(node: ast.expr, truth: bool) -> bool:
    """A literal number or bool whose truth value is `truth`: `while True`, `while 1`, `assert False`."""
    return (isinstance(node, ast.Constant) and type(node.value) in (bool, int, float)
            and bool(node.value) is truth)
