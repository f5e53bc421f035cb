"""Which names a body binds, by Python's rule: any assignment anywhere in a
function makes the name local to the whole function, unless it is declared
`global`."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyrite.frontend.context import ModuleInfo, Tables

# Nodes that open a scope of their own (all rejected in version 0): names bound
# inside them do not belong to the enclosing body.
NESTED_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
                 ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def body_nodes(stmts: list[ast.stmt]) -> list[ast.AST]:
    """Every node of a body, in no particular order, without entering nested
    scopes (iterative: no recursion)."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = list(stmts)
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, NESTED_SCOPES):
            continue
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, ast.AST):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(item for item in value if isinstance(item, ast.AST))
    return found


@dataclass
class BodyNames:
    """The names of one body, found in one walk."""

    assigned: set[str]  # assignment targets, and (rejected) classes and async defs
    declarations: list[ast.Global]
    names: list[ast.Name]


def body_names(stmts: list[ast.stmt]) -> BodyNames:
    found = BodyNames(set(), [], [])
    for node in body_nodes(stmts):
        if isinstance(node, ast.Name):
            found.names.append(node)
            if not isinstance(node.ctx, ast.Load):
                found.assigned.add(node.id)
        elif isinstance(node, ast.Global):
            found.declarations.append(node)
        elif isinstance(node, (ast.ClassDef, ast.AsyncFunctionDef)):
            found.assigned.add(node.name)
    return found


def global_declarations(tables: Tables, module: ModuleInfo, body: BodyNames, params: set[str]) -> frozenset[str]:
    """The names a function declares global, after checking each declaration."""
    declared: set[str] = set()
    for stmt in sorted(body.declarations, key=lambda g: (g.lineno, g.col_offset)):
        declared |= {name for name in stmt.names if _valid_global(tables, module, body.names, stmt, name, params)}
    return frozenset(declared)


def _valid_global(tables: Tables, module: ModuleInfo, nodes: list[ast.Name], stmt: ast.Global,
                  name: str, params: set[str]) -> bool:
    if name in params:
        tables.error(stmt, f"name '{name}' is parameter and global")
        return False
    if name in module.functions:
        tables.error(stmt, f"'{name}' is a function; only variables can be declared global")
        return False
    if name not in module.global_names:
        tables.error(stmt, f"there is no module-level variable '{name}' to declare global",
                     f"assign it at module level first, e.g. {name} = 0")
        return False
    where = (stmt.lineno, stmt.col_offset)
    if any(n.id == name and (n.lineno, n.col_offset) < where for n in nodes):
        tables.error(stmt, f"name '{name}' is used prior to global declaration",
                     "put the 'global' statement at the top of the function")
    return True
