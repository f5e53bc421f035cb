"""Diagnostics for Python constructs Pyrite does not compile: each names the
construct and says what to write instead, or that it is not supported yet."""

from __future__ import annotations

import ast

from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import VERSION0

_LOOP = "use a for loop over range(...)"

EXPRESSIONS: dict[type, tuple[str, str | None]] = {
    ast.ListComp: (f"list comprehensions are not supported yet ({VERSION0})", _LOOP),
    ast.Dict: (f"dicts are not supported yet ({VERSION0})", None),
    ast.DictComp: (f"dict comprehensions are not supported yet ({VERSION0})", _LOOP),
    ast.Set: (f"sets are not supported yet ({VERSION0})", None),
    ast.SetComp: (f"set comprehensions are not supported yet ({VERSION0})", _LOOP),
    ast.GeneratorExp: ("a generator expression is supported only as the argument of a call that uses it up "
                       "at once", "pass it straight to sum(), any(), all(), min(), max(), sorted(), list(), set(), "
                       "tuple(), dict() or str.join(); or keep a list: [... for x in ...]"),
    ast.Lambda: ("lambda is not supported yet", "define a function with 'def' at module level"),
    ast.JoinedStr: ("f-strings are not supported yet",
                    "pass the values to print separately: print('x =', x)"),
    ast.NamedExpr: ("the walrus operator ':=' is not supported yet", "assign on a separate line"),
    ast.Await: ("'await' is not supported", None),
    ast.Yield: ("generators ('yield') are not supported yet", None),
    ast.YieldFrom: ("generators ('yield from') are not supported yet", None),
    ast.Starred: ("star expressions ('*x') are not supported yet", None),
    ast.Slice: (f"slices are not supported yet ({VERSION0})", None),
    ast.Tuple: (f"tuples are not supported here ({VERSION0})",
                "tuples can only be unpacked: a, b = b, a or q, r = divmod(a, b)"),
}

STATEMENTS: dict[type, tuple[str, str | None]] = {
    ast.ClassDef: (f"classes are not supported yet ({VERSION0})", None),
    ast.Try: ("try/except is not supported yet", None),
    ast.With: ("'with' statements are not supported yet", None),
    ast.AsyncWith: ("'async with' is not supported", None),
    ast.AsyncFor: ("'async for' is not supported", None),
    ast.AsyncFunctionDef: ("async functions are not supported", "define it with plain 'def'"),
    ast.Delete: ("'del' is not supported", "variables live until the end of their function"),
    ast.Nonlocal: ("'nonlocal' is not supported yet: a nested function can read enclosing variables, not assign them",
                   "return the new value instead"),
    ast.Match: ("'match' statements are not supported yet", "use if/elif/else"),
}
# ast.TryStar exists from Python 3.11 on.
if hasattr(ast, "TryStar"):
    STATEMENTS[ast.TryStar] = ("try/except* is not supported yet", None)


def report_expression(ck: Checker, node: ast.AST) -> None:
    message, hint = EXPRESSIONS.get(type(node), (f"'{type(node).__name__}' expressions are not supported", None))
    ck.error(node, message, hint)
    poison_bound_names(ck, node)


def report_statement(ck: Checker, node: ast.AST) -> None:
    message, hint = STATEMENTS.get(type(node), (f"'{type(node).__name__}' statements are not supported", None))
    ck.error(node, message, hint)
    poison_bound_names(ck, node)


def poison_bound_names(ck: Checker, node: ast.AST) -> None:
    """Names a rejected construct binds (`with ... as f`, `(n := ...)`, `class C`)
    get no type; later reads of them stay silent instead of adding errors."""
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    if isinstance(node, (ast.ClassDef, ast.AsyncFunctionDef)):
        names.add(node.name)
    ck.scope.poisoned |= {name for name in names if name not in ck.scope.types}
