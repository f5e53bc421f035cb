"""Module-level code runs top to bottom: a `def` or an import takes effect only
when reached. CPython raises NameError for

    print(area(2.0))        # area is not defined yet
    def area(r: float) -> float:
        return pi * r * r   # nor is pi, if this ran before the import below
    from math import pi

Pyrite compiles every function up front, so it rejects module-level code that
needs a function or an imported name (directly, or through the functions it
calls) defined further down. irgen needs no runtime check for these.
"""

from __future__ import annotations

import ast

from pyrite.frontend.context import Tables
from pyrite.frontend.scopes import body_nodes
from pyrite.frontend.typed import CallInfo, Constant

Need = tuple[str, str]  # ('function', name) or ('import', name)

HINT = "module-level code runs from top to bottom; move the definition or import above this line"


def needs_of(nodes: list[ast.AST], tables: Tables) -> list[tuple[ast.AST, Need]]:
    """The functions and imported names each node of a body uses."""
    found: list[tuple[ast.AST, Need]] = []
    for node in nodes:
        info = tables.calls.get(node) if isinstance(node, ast.Call) else None
        if info is not None:
            need = _call_need(node, info)
            if need:
                found.append((node, need))
        elif isinstance(tables.names.get(node), Constant) and not isinstance(node, ast.Name):
            found.append((node, ("import", "math")))  # math.pi
        elif isinstance(node, ast.Name) and isinstance(tables.names.get(node), Constant) and node.id != "__name__":
            found.append((node, ("import", node.id)))  # pi, from math import pi
    return found


def _call_need(node: ast.Call, info: CallInfo) -> Need | None:
    if info.kind == "user":
        return ("function", info.name)
    if info.kind == "math":
        return ("import", "math" if isinstance(node.func, ast.Attribute) else info.name)
    if info.kind == "sys":
        return ("import", "sys")
    return None


def check_definition_order(tree: ast.Module, tables: Tables, function_needs: dict[str, set[Need]]) -> None:
    where = _definition_positions(tree)
    for index, stmt in enumerate(tree.body):
        if isinstance(stmt, ast.FunctionDef):
            continue
        for node, need in needs_of(body_nodes([stmt]), tables):
            late = _first_late(need, index, where, function_needs)
            if late is not None:
                _report(tables, node, need, late, where)


def _definition_positions(tree: ast.Module) -> dict[Need, tuple[int, int]]:
    """(statement index, line) of the first def or import of each name."""
    where: dict[Need, tuple[int, int]] = {}
    for index, stmt in enumerate(tree.body):
        if isinstance(stmt, ast.FunctionDef):
            where.setdefault(("function", stmt.name), (index, stmt.lineno))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for alias in stmt.names:
                where.setdefault(("import", alias.name), (index, stmt.lineno))
    return where


def _first_late(need: Need, index: int, where: dict[Need, tuple[int, int]],
                function_needs: dict[str, set[Need]]) -> Need | None:
    """The first need reachable from `need` that is defined after statement `index`."""
    seen, stack = {need}, [need]
    while stack:
        current = stack.pop()
        if where.get(current, (-1, 0))[0] > index:
            return current
        if current[0] == "function":
            for nxt in function_needs.get(current[1], ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return None


def _report(tables: Tables, node: ast.AST, need: Need, late: Need, where: dict[Need, tuple[int, int]]) -> None:
    line = where[late][1]
    if late == need and need[0] == "function":
        tables.error(node, f"'{need[1]}' is called before its definition on line {line}", HINT)
    elif late == need:
        tables.error(node, f"'{need[1]}' is used before it is imported on line {line}", HINT)
    else:
        verb = "calls" if late[0] == "function" else "uses"
        what = "defined" if late[0] == "function" else "imported"
        tables.error(node, f"'{need[1]}' is called here, but it {verb} '{late[1]}', "
                           f"which is not {what} until line {line}", HINT)
