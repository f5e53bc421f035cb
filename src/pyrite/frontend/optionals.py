"""Optionals (`T | None`): `is None` tests and the narrowing they give.

A variable of type `int | None` cannot be used as an int until a test shows
it is not None. The test narrows it to `int` where it holds:

    if x is not None: BODY          x is int in BODY
    if x is None: ... else: ELSE    x is int in ELSE
    if x is None: return            x is int in the rest of the block
    if x is None: x = 0             x is int after the `if` (every branch ends with x not None)
    while x is not None: BODY       x is int in BODY
    x is not None and x > 0         x is int after the `and`
    x is None or x > 0              x is int after the `or`
    x + 1 if x is not None else 0   x is int in the first branch

Narrowing holds only while nothing can make x None again: an assignment of
anything but a T ends it, a loop that assigns x ends it at the loop's start
(its back edge could bring a None), and leaving a region that assigns x
does not bring it back. Only local variables (or, at module level,
variables no function declares `global`) are narrowed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from contextlib import contextmanager

from pyrite.frontend.context import Checker
from pyrite.frontend.names import known_type, variable_kind
from pyrite.frontend.pytypes import is_none_literal
from pyrite.frontend.typed import PyType

Narrowing = dict[str, PyType]


def is_none_test(node: ast.expr) -> tuple[ast.Name, bool] | None:
    """(x, True) for `x is None`, (x, False) for `x is not None` (either operand order)."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot))):
        return None
    left, right = node.left, node.comparators[0]
    name = left if is_none_literal(right) else right if is_none_literal(left) else None
    if not isinstance(name, ast.Name):
        return None
    return name, isinstance(node.ops[0], ast.Is)


def narrowings(ck: Checker, test: ast.expr) -> tuple[Narrowing, Narrowing]:
    """What `test` being true, and being false, proves not None."""
    match test:
        case ast.UnaryOp(op=ast.Not(), operand=operand):
            when_true, when_false = narrowings(ck, operand)
            return when_false, when_true
        case ast.BoolOp(op=ast.And(), values=values):
            return _merged(narrowings(ck, v)[0] for v in values), {}
        case ast.BoolOp(op=ast.Or(), values=values):
            return {}, _merged(narrowings(ck, v)[1] for v in values)
    found = is_none_test(test)
    if found is None:
        return {}, {}
    name, is_none = found
    t = _optional_variable(ck, name.id)
    if t is None:
        return {}, {}
    return ({}, {name.id: t.elem}) if is_none else ({name.id: t.elem}, {})


def _merged(parts: Iterable[Narrowing]) -> Narrowing:
    result: Narrowing = {}
    for part in parts:
        result.update(part)
    return result


def _optional_variable(ck: Checker, name: str) -> PyType | None:
    kind = variable_kind(ck, name)
    if kind is None:
        return None
    if kind == "global" and (ck.scope.function is not None or any(
            name in f.global_names for f in ck.module.functions.values())):
        return None  # a function may set it to None behind the test's back
    t = known_type(ck, name, kind)
    return t if t is not None and t.is_optional else None


def assigned_names(nodes: Iterable[ast.AST]) -> set[str]:
    """Every name the nodes (statements or expressions) may assign."""
    names = set()
    for node in nodes:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)):
                names.add(sub.id)
    return names


@contextmanager
def narrowed(ck: Checker, narrowing: Narrowing, region: list[ast.AST], base: Narrowing | None = None):
    """Check `region` with the variables of `narrowing` not None (until assigned),
    on top of `base` (by default what holds now; each branch of an `if` starts from the same)."""
    saved = dict(ck.scope.narrowed) if base is None else base
    ck.scope.narrowed = {**saved, **narrowing}
    try:
        yield
    finally:
        stored = assigned_names(region)
        ck.scope.narrowed = {k: v for k, v in saved.items() if k not in stored}


def forget_assigned(ck: Checker, loop: ast.stmt) -> None:
    """At a loop: what it assigns may be None again when it comes round."""
    for name in assigned_names([loop]):
        ck.scope.narrowed.pop(name, None)


def assigned(ck: Checker, name: str, t: PyType) -> None:
    """`name = value` of type t: a T makes an optional variable not None, anything else may not."""
    declared = _optional_variable(ck, name)
    if declared is not None and t == declared.elem:
        ck.scope.narrowed[name] = t
    else:
        ck.scope.narrowed.pop(name, None)


def meet(states: list[Narrowing]) -> Narrowing:
    """What holds in every one of `states`."""
    return {k: v for k, v in states[0].items() if all(s.get(k) == v for s in states[1:])}


def always_exits(body: list[ast.stmt]) -> bool:
    """Whether control never falls off the end of `body` (return, raise, break, continue)."""
    return bool(body) and isinstance(body[-1], (ast.Return, ast.Raise, ast.Break, ast.Continue))
