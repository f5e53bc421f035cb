"""Function signatures, read before any body is checked so that calls may
precede definitions (and recursion, mutual or not, just works)."""

from __future__ import annotations

import ast

from pyrite.diagnostics import Span
from pyrite.frontend.context import ModuleInfo, Tables
from pyrite.frontend.library import reserved_reason
from pyrite.frontend.pytypes import (
    compatible,
    ERROR, INT_MAX, NOT_LITERAL, annotation_type, conversion_hint, is_none_literal, is_str_literal,
    literal_number,
)
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, STR, FuncInfo, PyType


def def_span(node: ast.FunctionDef) -> Span:
    """The `def` keyword's position (the whole definition spans many lines)."""
    return Span(node.lineno, node.col_offset, node.lineno, node.col_offset + 3)


def defaults_of(node: ast.FunctionDef) -> dict[str, ast.expr]:
    params = node.args.args
    defaults = node.args.defaults
    return {p.arg: d for p, d in zip(params[len(params) - len(defaults):], defaults)}


def read_signature(tables: Tables, module: ModuleInfo, node: ast.FunctionDef) -> FuncInfo:
    _check_shape(tables, node)
    params = [(p.arg, _param_type(tables, module, node, p)) for p in node.args.args]
    ret = _return_type(tables, node)
    types = dict(params)
    for name, default in defaults_of(node).items():
        _check_default(tables, node.name, name, types[name], default)
    return FuncInfo(node.name, node, params, ret, locals=dict(params))


def _check_shape(tables: Tables, node: ast.FunctionDef) -> None:
    args = node.args
    if node.decorator_list:
        tables.error(node.decorator_list[0], "decorators are not supported yet")
    if args.posonlyargs:
        tables.error(args.posonlyargs[0], "positional-only parameters ('/') are not supported yet")
    if args.vararg:
        tables.error(args.vararg, "'*args' parameters are not supported yet")
    if args.kwonlyargs:
        tables.error(args.kwonlyargs[0], "keyword-only parameters are not supported yet")
    if args.kwarg:
        tables.error(args.kwarg, "'**kwargs' parameters are not supported yet")
    seen: set[str] = set()
    for param in args.args:
        if param.arg in seen:
            tables.error(param, f"duplicate argument '{param.arg}' in function definition")
        seen.add(param.arg)


def _param_type(tables: Tables, module: ModuleInfo, fn: ast.FunctionDef, param: ast.arg) -> PyType:
    reason = reserved_reason(param.arg, module.math_imports)
    if reason:
        tables.error(param, f"parameter '{param.arg}' cannot be named so: {reason}",
                     f"choose another name, e.g. '{param.arg}_'")
    if param.annotation is None:
        tables.error(param, f"parameter '{param.arg}' of {fn.name}() needs a type annotation",
                     f"e.g. '{param.arg}: int'")
        return ERROR
    t = annotation_type(param.annotation, allow_none=False)
    if isinstance(t, tuple):
        tables.error(param.annotation, *t)
        return ERROR
    return t


def _return_type(tables: Tables, node: ast.FunctionDef) -> PyType:
    if node.returns is None:
        tables.error(def_span(node), f"function '{node.name}' needs a return type annotation",
                     "add '-> None' if it returns nothing, or e.g. '-> int'")
        return ERROR
    t = annotation_type(node.returns, allow_none=True)
    if isinstance(t, tuple):
        tables.error(node.returns, *t)
        return ERROR
    return t


def _check_default(tables: Tables, fname: str, param: str, want: PyType, node: ast.expr) -> None:
    """Defaults must be literals, so irgen can place them at each call."""
    value = literal_number(node)
    if is_none_literal(node):
        got = NONE
    elif is_str_literal(node):
        got = STR
    elif value is NOT_LITERAL:
        tables.error(node, f"the default value of '{param}' must be a literal (a number, a str, True or False)",
                     "compute the value inside the function instead")
        return
    elif type(value) is int and not -INT_MAX - 1 <= value <= INT_MAX:
        tables.error(node, "integer literal is too large: Pyrite ints are 64-bit")
        return
    else:
        got = {bool: BOOL, int: INT, float: FLOAT}[type(value)]
    tables.types[node] = got
    if isinstance(node, ast.UnaryOp):
        tables.types[node.operand] = got
    if want != ERROR and not compatible(got, want):
        tables.error(node, f"the default value of '{param}' must be {want}, not {got}",
                     conversion_hint(node, got, want))
