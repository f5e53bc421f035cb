"""What the module declares, read before any body is checked: imports,
function signatures, and the names of its module-level variables."""

from __future__ import annotations

import ast
import math

from pyrite.frontend.context import ModuleInfo, Tables
from pyrite.frontend.library import MATH_CONSTANTS, MATH_FUNCTIONS, MODULES, reserved_reason
from pyrite.frontend.scopes import body_names
from pyrite.frontend.signatures import def_span, read_signature


def scan_module(tree: ast.Module, tables: Tables) -> ModuleInfo:
    module = ModuleInfo(tables.filename)
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            read_import(tables, module, stmt)
        elif isinstance(stmt, ast.ImportFrom):
            read_from_import(tables, module, stmt)
    check_callable_imported(tree, module, tables)
    module.global_names = body_names(tree.body).assigned
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and _name_allowed(tables, module, stmt):
            module.functions[stmt.name] = read_signature(tables, module, stmt)
    return module


def _name_allowed(tables: Tables, module: ModuleInfo, node: ast.FunctionDef) -> bool:
    """Report a bad function name; False if the function cannot be registered."""
    name, span = node.name, def_span(node)
    if name in module.functions:
        line = module.functions[name].node.lineno
        tables.error(span, f"function '{name}' is already defined on line {line}", "rename one of them")
        return False
    reason = reserved_reason(name, module.math_imports)
    if reason:
        tables.error(span, f"cannot define '{name}': {reason}", f"choose another name, e.g. '{name}_'")
        return False
    if name == "__module__" or name.startswith("pyrite_"):
        tables.error(span, f"function name '{name}' is reserved", "'pyrite_' names and '__module__' belong to the compiler")
    if name in module.global_names:
        tables.error(span, f"'{name}' is both a function and a module-level variable", "rename one of them")
    return True


def read_import(tables: Tables, module: ModuleInfo, stmt: ast.Import) -> None:
    for alias in stmt.names:
        name = alias.name
        if name not in MODULES:
            tables.error(alias, f"module '{name}' is not supported; only 'math' and 'sys' can be imported")
        elif alias.asname:
            tables.error(alias, f"'import {name} as {alias.asname}' is not supported", f"write 'import {name}'")
        else:
            module.imports.add(name)


def read_from_import(tables: Tables, module: ModuleInfo, stmt: ast.ImportFrom) -> None:
    if stmt.module == "__future__" and not stmt.level:
        return  # no effect on an already parsed tree
    if stmt.module in ("typing", "collections.abc") and not stmt.level:
        _read_typing_names(tables, module, stmt)
        return
    if stmt.module != "math" or stmt.level:
        if stmt.module == "sys" and not stmt.level:
            tables.error(stmt, "'from sys import ...' is not supported", "write 'import sys' and call sys.exit()")
        else:
            origin = "." * stmt.level + (stmt.module or "")
            tables.error(stmt, f"module '{origin}' is not supported; only 'math' and 'sys' can be imported")
        return
    for alias in stmt.names:
        _read_math_name(tables, module, alias)


def _read_math_name(tables: Tables, module: ModuleInfo, alias: ast.alias) -> None:
    name = alias.name
    if name == "*":
        tables.error(alias, "'from math import *' is not supported",
                     "import the names you use: from math import sqrt, pi")
    elif alias.asname:
        tables.error(alias, f"'from math import {name} as {alias.asname}' is not supported",
                     f"write 'from math import {name}'")
    elif name in MATH_FUNCTIONS or name in MATH_CONSTANTS:
        module.math_imports.add(name)
    elif hasattr(math, name):
        tables.error(alias, f"math.{name} is not supported yet")
    else:
        tables.error(alias, f"cannot import name '{name}' from 'math'")


def _read_typing_names(tables: Tables, module: ModuleInfo, stmt: ast.ImportFrom) -> None:
    """`from typing import Callable` (or collections.abc): the one typing name Pyrite reads."""
    for alias in stmt.names:
        if alias.name == "Callable" and not alias.asname:
            module.typing_imports.add("Callable")
        else:
            tables.error(alias, f"only 'Callable' can be imported from '{stmt.module}'")


def check_callable_imported(tree: ast.Module, module: ModuleInfo, tables: Tables) -> None:
    """`Callable[...]` in an annotation needs its import, as in CPython."""
    if "Callable" in module.typing_imports:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "Callable":
            tables.error(node, "name 'Callable' is not defined", "add 'from typing import Callable' at the top")
            return
