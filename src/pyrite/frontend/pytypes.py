"""Types as the checker handles them: the poison type, annotations, literals, hints.

`ERROR` is the poison type. An expression that already has a diagnostic gets
it, and every rule that sees it stays silent, so one mistake gives one error.
It never reaches `TypedModule.types`.
"""

from __future__ import annotations

import ast

from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, PyType

ERROR = PyType("<error>")
SCALARS = frozenset({INT, FLOAT, BOOL})
VERSION0 = "version 0 compiles scalars: int, float, bool"
INT_MAX = 2**63 - 1

SCALAR_NAMES = {"int": INT, "float": FLOAT, "bool": BOOL}
CONTAINER_NAMES = frozenset({"list", "dict", "set", "tuple", "str"})

NOT_LITERAL = object()


def promoted(a: PyType, b: PyType) -> PyType:
    """Python's numeric promotion for + - * // %: any float makes a float, else int."""
    return FLOAT if FLOAT in (a, b) else INT


def literal_number(node: ast.AST) -> object:
    """The value of a number literal (`3`, `-2.5`, `True`), else NOT_LITERAL."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = node.operand
        if isinstance(inner, ast.Constant) and type(inner.value) in (int, float):
            return -inner.value if isinstance(node.op, ast.USub) else inner.value
    return NOT_LITERAL


def is_str_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def is_none_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def source_text(node: ast.AST, limit: int = 30) -> str:
    """Short source text of a node for hints; '...' when it would be long."""
    try:
        text = ast.unparse(node)
    except (RecursionError, ValueError):
        return "..."
    return text if len(text) <= limit else "..."


def conversion_hint(node: ast.AST | None, got: PyType, want: PyType) -> str | None:
    """How to turn a value of type `got` into the `want` the context needs."""
    value = literal_number(node) if node is not None else NOT_LITERAL
    text = source_text(node) if node is not None else "x"
    literal = _literal_rewrite(value, want)
    if literal is not None:
        return f"write {literal} instead of {value!r}"
    if want == FLOAT and got in (INT, BOOL):
        return f"use float({text})"
    if want == INT and got == BOOL:
        return f"use int({text})"
    if want == INT and got == FLOAT:
        return f"use int({text}) to truncate or round({text}) to round"
    if want == BOOL and got in (INT, FLOAT):
        return f"use a comparison, e.g. {text} != 0"
    return None


def _literal_rewrite(value: object, want: PyType) -> str | None:
    """The literal of type `want` that equals `value`, if there is one: 1 -> 1.0."""
    if type(value) is int and want == FLOAT and abs(value) <= 2**63:
        return repr(float(value))
    if type(value) is bool and want == INT:
        return repr(int(value))
    if type(value) is int and want == BOOL and value in (0, 1):
        return repr(bool(value))
    if type(value) is float and want == INT and value.is_integer():
        return repr(int(value))
    return None


def annotation_type(node: ast.expr, allow_none: bool) -> PyType | tuple[str, str | None]:
    """The type an annotation names, or (message, hint) saying why it is not allowed."""
    if isinstance(node, ast.Name) and node.id in SCALAR_NAMES:
        return SCALAR_NAMES[node.id]
    if is_none_literal(node):
        if allow_none:
            return NONE
        return ("a parameter or variable cannot have type None", "use int, float or bool")
    return _annotation_problem(node)


def _annotation_problem(node: ast.expr) -> tuple[str, str | None]:
    text = source_text(node, 60)
    base = node.value if isinstance(node, ast.Subscript) else node
    if isinstance(base, ast.Name) and base.id in CONTAINER_NAMES:
        return (f"type '{text}' is not supported yet ({VERSION0})", None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return (f"optional and union types ('{text}') are not supported yet ({VERSION0})", None)
    if is_str_literal(node):
        return (f"string annotations are not supported: '{text}'", f"write the type without quotes: {node.value}")
    return (f"unsupported type annotation '{text}'", "use int, float or bool")
