"""Typing rules of comprehensions: `[elt for x in it if cond ...]`.

A comprehension is a scope of its own, as in Python 3: the variables its
`for` clauses bind are visible only inside it and do not leak. The checker
keeps a stack of these scopes (`Scope.comprehension`, innermost last) that
`load_name` looks in first; each variable gets a `ComprehensionVar` binding.
The first iterable is checked outside the new scope (Python evaluates it in
the enclosing one: `[x for x in x]` reads the outer x), the others inside.

`check_clauses` checks the clauses of any comprehension, so dict and set
comprehensions can use it with their own element rule.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend import listops
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, article, conversion_hint
from pyrite.frontend.sequences import check_element
from pyrite.frontend.typed import ComprehensionVar, PyType, list_of


def check_listcomp(ck: Checker, node: ast.ListComp, expected: PyType | None) -> PyType:
    """[elt for ...]: a list of elt's type (or of the element type the context expects)."""
    want = expected.elem if expected is not None and expected.is_list else None

    def element() -> PyType:
        t = check_element(ck, node.elt, ex.check_expr(ck, node.elt, expected=want))
        if t == ERROR:
            return ERROR
        if want is not None and t != want:
            ck.error(node.elt, f"{list_of(want)} cannot hold {article(t)}", conversion_hint(node.elt, t, want))
            return ERROR
        return t

    item = check_clauses(ck, node.generators, element)
    return ERROR if item == ERROR else list_of(item)


def check_clauses(ck: Checker, generators: list[ast.comprehension], element: Callable[[], PyType]) -> PyType:
    """Check the `for`/`if` clauses in their own scope, then `element()` inside it; returns
    what `element()` returns (ERROR if a clause has an error)."""
    scope: dict[str, tuple[PyType, ComprehensionVar]] = {}
    ck.scope.comprehension.append(scope)
    ok = True
    try:
        for i, clause in enumerate(generators):
            ok = _check_clause(ck, clause, scope) and ok
        result = element()
    finally:
        ck.scope.comprehension.pop()
    return result if ok else ERROR


def _check_clause(ck: Checker, clause: ast.comprehension, scope: dict[str, tuple[PyType, ComprehensionVar]]) -> bool:
    if clause.is_async:
        ck.error(clause, "'async for' is not supported")
        return False
    # the first iterable sees no variable of this comprehension yet: the scope is empty
    item = listops.check_iterable(ck, clause.iter)
    ok = _bind(ck, clause.target, item, scope) and item != ERROR
    for test in clause.ifs:
        ok = ex.check_cond(ck, test) != ERROR and ok
    return ok


def _bind(ck: Checker, target: ast.expr, item: PyType, scope: dict[str, tuple[PyType, ComprehensionVar]]) -> bool:
    """Bind a comprehension's target, a name or a tuple of targets (`for i, (a, b) in ...`),
    to the item type; False after reporting (its names then read as errors, silently)."""
    if isinstance(target, ast.Name):
        binding = ComprehensionVar(target.id, (target.lineno, target.col_offset))
        ck.tables.names[target] = binding
        scope[target.id] = (item, binding)
        ck.record(target, item)
        return True
    if isinstance(target, ast.Tuple) and all(isinstance(e, (ast.Name, ast.Tuple)) for e in target.elts):
        from pyrite.frontend.assignments import unpacked_types  # circular: assignments checks expressions

        parts = (unpacked_types(ck, target, item, None) if item != ERROR else None) or [ERROR] * len(target.elts)
        ok = all([_bind(ck, e, t, scope) for e, t in zip(target.elts, parts)])
        ck.record(target, item)
        return ok and ERROR not in parts
    if item != ERROR:
        ck.error(target, "a comprehension's for takes names and tuples of names", "[a + b for a, b in pairs]")
    for name in ast.walk(target):
        if isinstance(name, ast.Name):
            scope[name.id] = (ERROR, ComprehensionVar(name.id, (name.lineno, name.col_offset)))
    return False


def lookup(ck: Checker, node: ast.Name) -> PyType | None:
    """The type of the comprehension variable `node` reads (recording its binding), or
    None if no enclosing comprehension binds that name."""
    for scope in reversed(ck.scope.comprehension):
        if node.id in scope:
            t, binding = scope[node.id]
            ck.tables.names[node] = binding
            return t
    return None
