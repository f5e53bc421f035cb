"""What may be used as a value: int, float, bool, str and list[T].

None and divmod's tuple have types too, but only a few places accept them
(print, return in a `-> None` function, unpacking). Everywhere else
`expect_value` turns them into one clear error; `expect_scalar` is for the
places that need a number (arithmetic builtins, math, range).
"""

from __future__ import annotations

import ast

from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, SCALARS, article, is_none_literal, is_value, source_text
from pyrite.frontend.typed import NONE, STR, PyType


def expect_scalar(ck: Checker, node: ast.AST, t: PyType, use: str = "a value") -> PyType:
    """`t` if it is a scalar (or already poison); otherwise report and poison."""
    if t == ERROR or t in SCALARS:
        return t
    message, hint = misuse(node, t, use)
    ck.error(node, message, hint)
    return ERROR


def expect_value(ck: Checker, node: ast.AST, t: PyType, use: str = "a value") -> PyType:
    """`t` if values of it can be stored and passed (or already poison); otherwise report and poison."""
    if t == ERROR or is_value(t):
        return t
    message, hint = misuse(node, t, use)
    ck.error(node, message, hint)
    return ERROR


def misuse(node: ast.AST, t: PyType, use: str) -> tuple[str, str | None]:
    """The message and hint for a value of type `t` that cannot be used as `use`."""
    if t == NONE and isinstance(node, ast.Call):
        return (f"{call_text(node)} returns None; its result cannot be used as {use}",
                "call it on its own line")
    if t == NONE:
        return (f"None cannot be used as {use}", "only a variable, parameter or result typed T | None can hold None")
    if t.is_optional:
        text = source_text(node) if isinstance(node, ast.expr) else "x"
        return (f"{text} may be None here; {article(t)} cannot be used as {use}",
                f"check `if {text} is not None:` first")
    if t == STR or t.is_list or t.is_dict or t.is_set or t.name == "range":
        return (f"{article(t)} cannot be used as {use}", None)
    if t.name in ("dict_keys", "dict_values", "dict_items"):
        from pyrite.frontend.mappings import view_misuse  # circular: mappings checks values here
        return view_misuse(t)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "divmod":
        return (f"a tuple cannot be used as {use}", "unpack it first: q, r = divmod(a, b)")
    text = source_text(node) if isinstance(node, ast.expr) else "t"
    return (f"a tuple cannot be used as {use}", f"take one item, e.g. {text}[0], or unpack it: a, b = {text}")


def operand_hint(node: ast.AST, t: PyType) -> str | None:
    """Why a non-number operand cannot take part in arithmetic or comparison."""
    if t == NONE and isinstance(node, ast.Call):
        return f"{call_text(node)} returns None"
    if t == NONE and is_none_literal(node):
        return "None is not a number; optional values are not supported yet"
    if t.is_optional:
        text = source_text(node) if isinstance(node, ast.expr) else "x"
        return f"{text} may be None here; check `if {text} is not None:` first"
    if t.name == "tuple":
        return "tuples compare item by item with tuples whose items have the same types"
    return None


def call_text(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return f"'{func.id}()'"
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"'{func.value.id}.{func.attr}()'"
    return "this call"
