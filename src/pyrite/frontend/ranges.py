"""Typing rules of range values (ADR 0012): `range(...)` outside a loop's iterable.

    r = range(2, 10, 3)          range            (ValueError for a zero step, when it runs)
    len(r), r[i], r.index(x)     int              (IndexError: range object index out of range)
    r.count(x), r.start/.stop/.step   int
    x in r                       bool             x an int (or a bool)
    r[a:b:c]                     range
    r == r2, r != r2             bool             as sequences: range(0) == range(2, 2)
    print(r), str(r), f"{r}"     'range(2, 10, 3)'

`for i in range(n)` and the other places that only iterate (list(range(n)),
sum(range(n)), a comprehension's iterable) keep their bounds as three ints
(iteration.py); a range value is built only where one is kept or asked about.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.operators import symbol
from pyrite.frontend.pytypes import ERROR, article, is_none_literal
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, CallInfo, PyType

ATTRIBUTES = ("start", "stop", "step")
METHODS = ("index", "count")


def check_attribute(ck: Checker, node: ast.Attribute) -> PyType:
    """r.start, r.stop, r.step (the receiver is already checked: a range)."""
    if node.attr in ATTRIBUTES:
        return INT
    if node.attr in METHODS:
        ck.error(node, f"the method '{node.attr}' must be called", f"r.{node.attr}(x)")
    else:
        ck.error(node, f"'range' object has no attribute '{node.attr}'", "a range has start, stop and step")
    return ERROR


def check_method(ck: Checker, node: ast.Call, func: ast.Attribute) -> PyType:
    """r.index(x), r.count(x)."""
    name = func.attr
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg)
    if name not in METHODS:
        ck.error(func, f"'range' object has no attribute '{name}'",
                 "a range has the methods index and count" if hasattr(range, name) or name in ATTRIBUTES else None)
        return ERROR
    ck.tables.calls[node] = CallInfo("method", f"range.{name}", [func.value, *node.args])
    if node.keywords or len(node.args) != 1:
        ck.error(node, f"range.{name}() takes exactly one argument ({len(node.args) + len(node.keywords)} given)")
        return ERROR
    return INT if is_int(ck, node.args[0], f"the argument of range.{name}()") else ERROR


def is_int(ck: Checker, node: ast.expr, what: str) -> bool:
    """Whether `node` (already checked) is an int or a bool; reports if not."""
    t = ck.tables.types.get(node, ERROR)
    if t in (INT, BOOL):
        return True
    if t != ERROR:
        hint = "convert with int(x), if x is a whole number" if t == FLOAT else None
        ck.error(node, f"{what} must be an int, not {article(t)}", hint)
    return False


def check_subscript(ck: Checker, node: ast.Subscript) -> PyType:
    """r[i] (an int) and r[a:b:c] (a range); r is already checked."""
    if isinstance(node.slice, ast.Slice):
        from pyrite.frontend.listops import check_slice_parts  # circular: listops checks expressions

        return RANGE if check_slice_parts(ck, node.slice) else ERROR
    t = ex.check_expr(ck, node.slice)
    if t in (ERROR, INT, BOOL):
        return ERROR if t == ERROR else INT
    ck.error(node.slice, f"range indices must be integers or slices, not {t}",
             "convert with int(x)" if t == FLOAT else None)
    return ERROR


def check_contains(ck: Checker, node: ast.Compare, item: tuple[ast.expr, PyType]) -> bool:
    """`x in r`: x an int (a bool counts as one, as in CPython)."""
    lnode, lt = item
    if lt in (ERROR, INT, BOOL):
        return lt != ERROR
    if lt == NONE and is_none_literal(lnode):
        ck.error(node, "'in' on a range needs an int, not None")
    else:
        ck.error(node, f"'in' on a range needs an int, not {article(lt)}",
                 "compare an int: int(x) in r, if x is a whole number" if lt == FLOAT else None)
    return False


def compare_problem(op: ast.cmpop) -> tuple[str, str | None] | None:
    """Ranges compare with == and != only (CPython raises TypeError for <)."""
    if isinstance(op, (ast.Eq, ast.NotEq)):
        return None
    return (f"'{symbol(op)}' not supported between instances of 'range' and 'range'",
            "compare list(a) and list(b) to order their numbers")
