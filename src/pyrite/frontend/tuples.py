"""Typing rules of tuple values: literals, indexing, len, comparison, `in`.

A fixed tuple `tuple[int, str]` has one type per position; `tuple[T, ...]`
any number of items of one type. A literal is typed by its items unless the
context expects a tuple type (an annotation, a parameter, a return type, a
list's element type), which may make it a `tuple[T, ...]`:

    t = (1, "a")                      tuple[int, str]
    u: tuple[int, ...] = (1, 2, 3)    tuple[int, ...]
    p: tuple[int, int] = (1, "a")     error: tuple[int, int] cannot hold a str at position 1

A fixed tuple is indexed with a constant (its type depends on the position),
so `t[5]` on a pair is reported at compile time, as CPython would raise
`IndexError: tuple index out of range`.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, NOT_LITERAL, article, conversion_hint, is_value, literal_number
from pyrite.frontend.typed import BOOL, INT, NONE, PyType, tuple_of
from pyrite.frontend.unsupported import report_expression


def check_tuple(ck: Checker, node: ast.Tuple, expected: PyType | None) -> PyType:
    """`(a, b)`: a tuple value; `expected` is the tuple type the context wants, if known."""
    want = expected if expected is not None and expected.is_tuple else None
    if want is not None and not want.is_var_tuple and len(want.items) != len(node.elts):
        want = None  # the caller reports the mismatch of the whole value
    items, ok = [], True
    for i, item in enumerate(node.elts):
        if isinstance(item, ast.Starred):
            report_expression(ck, item)
            ok = False
            continue
        item_want = None if want is None else (want.elem if want.is_var_tuple else want.items[i])
        t = _item_type(ck, item, ex.check_expr(ck, item, expected=item_want))
        if t == ERROR:
            ok = False
        elif item_want is not None and t != item_want and ok:
            where = "" if want.is_var_tuple else f" at position {i}"
            ck.error(item, f"{want} cannot hold {article(t)}{where}", conversion_hint(item, t, item_want))
            ok = False
        items.append(t)
    if not ok:
        return ERROR
    return want if want is not None and want.is_var_tuple else tuple_of(*items)


def _item_type(ck: Checker, node: ast.expr, t: PyType) -> PyType:
    if t.is_optional:
        ck.error(node, f"a tuple cannot hold optional values ({t})", "check for None before storing")
        return ERROR
    if t == ERROR or is_value(t):
        return t
    if t == NONE:
        ck.error(node, "a tuple cannot hold None", "optional items are not supported")
    else:
        ck.error(node, f"a tuple cannot hold {article(t)}")
    return ERROR


def homogeneous(t: PyType) -> PyType | None:
    """The one item type of tuple[T, ...] or of a fixed tuple whose items all have it."""
    if t.is_var_tuple:
        return t.elem
    if t.items and all(item == t.items[0] for item in t.items):
        return t.items[0]
    return None


def constant_index(node: ast.expr) -> int | None:
    value = literal_number(node)
    return value if value is not NOT_LITERAL and type(value) is int else None


def check_tuple_subscript(ck: Checker, node: ast.Subscript, seq: PyType, index: PyType) -> PyType:
    """`t[i]`: a constant index on a fixed tuple; any int on a tuple[T, ...]."""
    if index == ERROR:
        return ERROR
    if index not in (INT, BOOL):
        ck.error(node.slice, f"tuple indices must be integers, not '{index}'")
        return ERROR
    if seq.is_var_tuple:
        return seq.elem
    i = constant_index(node.slice)
    if i is None:
        same = homogeneous(seq)
        if same is None:
            ck.error(node.slice, f"a {seq} can only be indexed with a constant",
                     "its items have different types; unpack it: a, b = t")
            return ERROR
        return same
    if not -len(seq.items) <= i < len(seq.items):
        ck.error(node, "tuple index out of range", f"a {seq} has {len(seq.items)} items")
        return ERROR
    return seq.items[i]


def check_contains(ck: Checker, node: ast.Compare, item: PyType, container: PyType) -> bool:
    """`x in t`: t a tuple whose items all have x's type."""
    same = homogeneous(container)
    if same is None:
        ck.error(node, f"'in' on a {container} is not supported", "its items have different types")
    elif same != item:
        ck.error(node, f"cannot look for {article(item)} in a {container}")
    return same == item
