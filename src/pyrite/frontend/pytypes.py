"""Types as the checker handles them: the poison type, annotations, literals, hints.

`ERROR` is the poison type. An expression that already has a diagnostic gets
it, and every rule that sees it stays silent, so one mistake gives one error.
It never reaches `TypedModule.types`.
"""

from __future__ import annotations

import ast
import re

from pyrite.frontend.typed import (
    BOOL, FLOAT, INT, NONE, RANGE, STR, PyType, callable_of, list_of, optional_of, tuple_of, var_tuple_of,
)

ERROR = PyType("<error>")
SCALARS = frozenset({INT, FLOAT, BOOL})
VERSION0 = "Pyrite compiles int, float, bool, str, lists, tuples, dicts, sets and functions so far"
INT_MAX = 2**63 - 1

NAMED_TYPES = {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "range": RANGE}
CONTAINER_NAMES = frozenset({"list", "dict", "set", "tuple"})
ELEMENT_HINT = "list elements can be int, float, bool, str, or lists and tuples of those"


def is_value(t: PyType) -> bool:
    """A type a variable, parameter, list element or return value may have."""
    if t.is_optional or t.is_var_tuple:
        return is_value(t.elem)
    if t.is_tuple:
        return all(is_value(item) for item in t.items)
    return t in SCALARS or t in (STR, RANGE) or t.is_list or t.is_dict or t.is_set or t.is_callable


def compatible(t: PyType, declared: PyType) -> bool:
    """Whether a value of type t may be stored where `declared` is wanted: T or None into
    T | None, and a tuple whose items are all T into tuple[T, ...]."""
    if declared.is_var_tuple and t.is_tuple and not t.is_var_tuple:
        return all(item == declared.elem for item in t.items)
    return t == declared or (declared.is_optional and compatible(t, declared.elem)) or (
        declared.is_optional and t == NONE)


def has_callable(t: PyType) -> bool:
    """Whether a value of `t` is or holds a function, which cannot be printed or
    compared the way CPython does (by address)."""
    return t.is_callable or any(has_callable(item) for item in t.items)


def article(t: PyType) -> str:
    """'an int', 'a float', 'a list[int]': a type named in a sentence."""
    return f"an {t}" if str(t)[0] in "aeiou" else f"a {t}"

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
    text = re.sub(r"_pyrite_comp_\d+_\d+_", "", text)  # comprehension variables' hidden names
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
    if want == STR and got in SCALARS:
        return f"use str({text})"
    if got.is_optional and want == got.elem:
        return f"{text} may be None here; check `if {text} is not None:` first"
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
    if isinstance(node, ast.Name) and node.id in NAMED_TYPES:
        return NAMED_TYPES[node.id]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "list":
        return _list_annotation(node)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in ("dict", "set"):
        from pyrite.frontend.mappings import mapping_annotation  # circular: it types its parts here
        return mapping_annotation(node)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "tuple":
        return _tuple_annotation(node)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr) and 1 == sum(
            map(is_none_literal, (node.left, node.right))):
        return _optional_annotation(node.right if is_none_literal(node.left) else node.left)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Callable":
        return _callable_annotation(node)
    if is_none_literal(node):
        if allow_none:
            return NONE
        return ("a parameter or variable cannot have type None", "use int, float, bool, str or list[...]")
    return _annotation_problem(node)


def _list_annotation(node: ast.Subscript) -> PyType | tuple[str, str | None]:
    """list[T] for an element type T: int, float, bool, str, or a list of those."""
    item = node.slice
    found = annotation_type(item, allow_none=False)
    if isinstance(found, PyType) and found.is_optional:
        return (f"type '{source_text(node, 60)}' is not supported: a list cannot hold optional values",
                "keep only the values that are not None")
    if isinstance(found, PyType):
        return list_of(found)
    base = item.value if isinstance(item, ast.Subscript) else item
    if is_none_literal(item) or isinstance(item, ast.Tuple) or (
            isinstance(base, ast.Name) and base.id in CONTAINER_NAMES - {"dict", "set"}):
        return (f"type '{source_text(node, 60)}' is not supported yet", ELEMENT_HINT)
    return found


def _optional_annotation(node: ast.expr) -> PyType | tuple[str, str | None]:
    """T | None: a value of type T, or None."""
    found = annotation_type(node, allow_none=False)
    if isinstance(found, PyType) and found.is_optional:
        return (f"'{source_text(node, 60)} | None' repeats None", f"write {found}")
    return optional_of(found) if isinstance(found, PyType) else found


def _tuple_annotation(node: ast.Subscript) -> PyType | tuple[str, str | None]:
    """tuple[A, B], tuple[T, ...] and tuple[()] (the empty tuple)."""
    parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    if len(parts) == 2 and isinstance(parts[1], ast.Constant) and parts[1].value is Ellipsis:
        found = annotation_type(parts[0], allow_none=False)
        if isinstance(found, PyType) and found.is_optional:
            return (f"type '{source_text(node, 60)}' is not supported: a tuple cannot hold optional values", None)
        return var_tuple_of(found) if isinstance(found, PyType) else found
    if isinstance(node.slice, ast.Tuple) and not parts:
        return tuple_of()
    items = []
    for part in parts:
        if isinstance(part, ast.Constant) and part.value is Ellipsis:
            return ("'...' is allowed only as the second item: tuple[T, ...]", None)
        found = annotation_type(part, allow_none=False)
        if not isinstance(found, PyType):
            return found
        if found.is_optional:
            return (f"type '{source_text(node, 60)}' is not supported: a tuple cannot hold optional values", None)
        items.append(found)
    return tuple_of(*items)
CALLABLE_HINT = "write Callable[[int, int], int]: a list of parameter types, then the return type"


def _callable_annotation(node: ast.Subscript) -> PyType | tuple[str, str | None]:
    """Callable[[A, B], R]: the type of a function value (ADR 0009)."""
    item = node.slice
    if not (isinstance(item, ast.Tuple) and len(item.elts) == 2 and isinstance(item.elts[0], ast.List)):
        return (f"unsupported type annotation '{source_text(node, 60)}'", CALLABLE_HINT)
    params = []
    for p in item.elts[0].elts:
        found = annotation_type(p, allow_none=False)
        if not isinstance(found, PyType):
            return found
        params.append(found)
    ret = annotation_type(item.elts[1], allow_none=True)
    return callable_of(params, ret) if isinstance(ret, PyType) else ret


def _annotation_problem(node: ast.expr) -> tuple[str, str | None]:
    text = source_text(node, 60)
    base = node.value if isinstance(node, ast.Subscript) else node
    if isinstance(node, ast.Name) and node.id == "list":
        return ("a list annotation needs its element type", "e.g. list[int] or list[str]")
    if isinstance(base, ast.Name) and base.id in CONTAINER_NAMES:
        return (f"type '{text}' is not supported yet ({VERSION0})", None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return (f"optional and union types ('{text}') are not supported yet ({VERSION0})", None)
    if is_str_literal(node):
        return (f"string annotations are not supported: '{text}'", f"write the type without quotes: {node.value}")
    return (f"unsupported type annotation '{text}'", "use int, float, bool, str or list[...]")
