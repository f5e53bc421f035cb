"""Typing rules of tuple values: literals, indexing, slicing, `+`, `*`, len, comparison,
`in`, `count` and `index`.

A fixed tuple `tuple[int, str]` has one type per position; `tuple[T, ...]`
any number of items of one type. A literal is typed by its items unless the
context expects a tuple type (an annotation, a parameter, a return type, a
list's element type), which may make it a `tuple[T, ...]`:

    t = (1, "a")                      tuple[int, str]
    u: tuple[int, ...] = (1, 2, 3)    tuple[int, ...]
    p: tuple[int, int] = (1, "a")     error: tuple[int, int] cannot hold a str at position 1

A fixed tuple is indexed with a constant (its type depends on the position),
so `t[5]` on a pair is reported at compile time, as CPython would raise
`IndexError: tuple index out of range`. Slicing, joining and repeating keep a
fixed tuple fixed where the items that result are known at compile time:

    t = (1, "a", 2.5)
    t[1:]                             tuple[str, float]     (constant bounds)
    t + (True,)                       tuple[int, str, float, bool]
    (0, "x") * 2                      tuple[int, str, int, str]   (a literal count)
    u[i:j], u + u, u * n              tuple[int, ...]       (u: tuple[int, ...])
    (0, 1)[i:], (0,) * n              tuple[int, ...]       (items of one type)
    (1, "a")[i:]                      error: its items have different types
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, NOT_LITERAL, article, compatible, conversion_hint, is_value, literal_number
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, PyType, list_of, tuple_of, var_tuple_of
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


MAX_REPEATED = 16  # `(a, b) * k` with a literal k stays a fixed tuple up to this many items


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


# ---- t[a:b:c] ------------------------------------------------------------------------


def constant_slice(part: ast.Slice) -> slice | None:
    """`t[1:]`, `t[::-1]`: the slice when each bound is an int literal, None or left out."""
    bounds = []
    for bound in (part.lower, part.upper, part.step):
        if bound is None or (isinstance(bound, ast.Constant) and bound.value is None):
            bounds.append(None)
        elif (value := constant_index(bound)) is not None:
            bounds.append(value)
        else:
            return None
    return slice(*bounds)


def check_slice(ck: Checker, node: ast.Subscript, seq: PyType) -> PyType:
    """`t[a:b:c]` (its bounds are checked): a tuple[T, ...] stays one; a fixed tuple sliced
    with constants keeps the types of the items it keeps, else its items must have one type."""
    if seq.is_var_tuple:
        return seq
    bounds = constant_slice(node.slice)
    if bounds is not None and bounds.step == 0:
        ck.error(node.slice, "slice step cannot be zero")
        return ERROR
    if bounds is not None:
        return tuple_of(*seq.items[bounds])
    same = homogeneous(seq)
    if same is None and seq.items:
        ck.error(node.slice, f"a {seq} can only be sliced with constant bounds",
                 "its items have different types, so the slice's type must be known at compile time")
        return ERROR
    return var_tuple_of(same) if same is not None else seq


# ---- a + b, t * n -----------------------------------------------------------------------


def binop_type(op: ast.operator, left: PyType, right: PyType, count: ast.expr | None) -> PyType | None:
    """`a + b` of two tuples and `t * n` or `n * t`; `count` is n's node (a literal
    count repeats a fixed tuple into a fixed tuple). None when the operator does not apply."""
    if isinstance(op, ast.Add) and left.is_tuple and right.is_tuple:
        return _joined(left, right)
    if isinstance(op, ast.Mult):
        seq, n = (left, right) if left.is_tuple else (right, left)
        if n in (INT, BOOL):
            return _repeated(seq, count)
    return None


def _joined(left: PyType, right: PyType) -> PyType | None:
    """Two fixed tuples join into a fixed one; with a tuple[T, ...] the other must be one, or
    hold only T items."""
    if not left.is_var_tuple and not right.is_var_tuple:
        return tuple_of(*left.items, *right.items)
    var, other = (left, right) if left.is_var_tuple else (right, left)
    return var if compatible(other, var) else None


def _repeated(seq: PyType, count: ast.expr | None) -> PyType | None:
    if seq.is_var_tuple:
        return seq
    times = constant_index(count) if count is not None else None
    if times is not None and len(seq.items) * max(times, 0) <= MAX_REPEATED:
        return tuple_of(*(seq.items * max(times, 0)))
    same = homogeneous(seq)
    if same is None:
        return seq if not seq.items else None
    return var_tuple_of(same)


def binop_hint(op: ast.operator, left: PyType, right: PyType) -> str | None:
    """Why `left op right` with a tuple operand has no type (binop_type gave None)."""
    if isinstance(op, ast.Add) and left.is_tuple and right.is_tuple:
        var = left if left.is_var_tuple else right
        return f"a {var} joins only tuples of {var.elem} items; convert the items first"
    if isinstance(op, ast.Mult) and FLOAT in (left, right):
        return "a tuple can only be repeated an int number of times; convert with int(x)"
    if isinstance(op, ast.Mult) and (INT in (left, right) or BOOL in (left, right)):
        return (f"its items have different types: repeat it a literal number of times (at most "
                f"{MAX_REPEATED} items in all), or unpack it")
    return None


# ---- t.count(x), t.index(x[, start[, stop]]) -------------------------------------------

METHODS = frozenset({"count", "index"})


def check_method(ck: Checker, node: ast.Call, name: str, receiver: PyType) -> PyType:
    """`t.count(x)` and `t.index(x, ...)` on a tuple whose items have one type (x has it too)."""
    from pyrite.frontend import listops  # circular: listops checks expressions

    same = homogeneous(receiver)
    if same is None:
        for arg in node.args:
            ex.check_expr(ck, arg)
        if receiver.items:
            ck.error(node.func, f"tuple.{name}() on a {receiver} is not supported",
                     "its items have different types; compare them one by one")
        else:
            ck.error(node.func, f"tuple.{name}() on an empty tuple is not supported")
        return ERROR
    return listops.check_method(ck, node, name, list_of(same), kind="tuple")
