"""Typing rules of Python's operators on int, float, bool, str and list[T].

The result type is what CPython's result has at runtime (tests check this
against CPython itself): bool + bool is int, 1 / 2 is float, True & False is
bool, 2 ** -1 is float, str + str is str, list[int] * int is list[int].
"""

from __future__ import annotations

import ast

from pyrite.frontend.pytypes import NOT_LITERAL, SCALARS, VERSION0, literal_number, promoted, source_text
from pyrite.frontend.typed import BOOL, FLOAT, INT, RANGE, STR, PyType

SYMBOLS: dict[type, str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|",
    ast.BitXor: "^", ast.MatMult: "@",
    ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Not: "not",
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}


def symbol(op: ast.AST) -> str:
    return SYMBOLS[type(op)]


def binop_type(op: ast.operator, left: PyType, right: PyType, exponent: ast.expr,
               left_node: ast.expr | None = None) -> PyType | None:
    """The type of `left op right`, or None when the operator does not apply.
    `exponent` is the right operand's node: `2 ** -1` is float because of it, and
    `(a, b) * 2` a fixed tuple (`left_node` is the count of `2 * (a, b)`)."""
    if left.is_tuple or right.is_tuple:
        from pyrite.frontend.tuples import binop_type as tuple_type  # circular: tuples checks expressions

        return tuple_type(op, left, right, exponent if left.is_tuple else left_node)
    if (left == STR or right == STR) and isinstance(op, ast.Mult):
        return repeat_type(left, right)
    if left == STR or right == STR:
        return STR if isinstance(op, ast.Add) and left == right else None
    if left.is_list or right.is_list:
        return sequence_type(op, left, right)
    if left.is_set or right.is_set:
        return left if left == right and isinstance(op, (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor)) else None
    if left not in SCALARS or right not in SCALARS:
        return None
    match op:
        case ast.Add() | ast.Sub() | ast.Mult() | ast.FloorDiv() | ast.Mod():
            return promoted(left, right)
        case ast.Div():
            return FLOAT
        case ast.Pow():
            return pow_type(left, right, exponent)
        case ast.BitAnd() | ast.BitOr() | ast.BitXor():
            return bitwise_type(left, right)
        case ast.LShift() | ast.RShift():
            return None if FLOAT in (left, right) else INT
    return None  # @


def repeat_type(left: PyType, right: PyType) -> PyType | None:
    """str * int and int * str (a bool counts as an int)."""
    return STR if {left, right} in ({STR, INT}, {STR, BOOL}) else None


def sequence_type(op: ast.operator, left: PyType, right: PyType) -> PyType | None:
    """list + list (same element type), list * int and int * list."""
    if isinstance(op, ast.Add) and left == right:
        return left
    if isinstance(op, ast.Mult):
        if left.is_list and right in (INT, BOOL):
            return left
        if right.is_list and left in (INT, BOOL):
            return right
    return None


def pow_type(base: PyType, exp: PyType, exponent: ast.expr) -> PyType:
    # int ** int is int unless the exponent is negative; only a literal says so
    # at compile time. irgen raises at runtime for a negative non-literal one.
    if FLOAT in (base, exp):
        return FLOAT
    value = literal_number(exponent)
    if value is not NOT_LITERAL and value < 0:
        return FLOAT
    return INT


def bitwise_type(left: PyType, right: PyType) -> PyType | None:
    if FLOAT in (left, right):
        return None
    return BOOL if left == right == BOOL else INT


def unary_type(op: ast.unaryop, operand: PyType) -> PyType | None:
    """The type of `-x`, `+x`, `~x` (`not x` is always bool)."""
    if operand not in SCALARS:
        return None
    if isinstance(op, ast.Invert):
        return None if operand == FLOAT else INT
    return FLOAT if operand == FLOAT else INT


def binop_message(op: ast.operator, left: PyType, right: PyType) -> str:
    if isinstance(op, ast.Add):
        return f"cannot add '{left}' and '{right}'"
    if isinstance(op, ast.MatMult):
        return "the '@' operator is not supported"
    if isinstance(op, ast.Mult) and STR in (left, right):
        other = right if left == STR else left
        return f"can't multiply sequence by non-int of type '{other}'"
    return f"unsupported operand types for {symbol(op)}: '{left}' and '{right}'"


def binop_hint(node: ast.BinOp, left: PyType, right: PyType) -> str | None:
    """A hint for operands the operator rejects."""
    op = node.op
    if STR in (left, right):
        return _str_hint(node, left, right)
    if left.is_list and right.is_list and isinstance(op, ast.Add):
        return "both lists must have the same element type"
    if left.is_tuple or right.is_tuple:
        from pyrite.frontend.tuples import binop_hint as tuple_hint  # circular: tuples checks expressions

        return tuple_hint(op, left, right)
    if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)) and FLOAT in (left, right):
        return "bitwise operators need int operands; convert with int(x)"
    return None


def _str_hint(node: ast.BinOp, left: PyType, right: PyType) -> str | None:
    if isinstance(node.op, ast.Add) and left in SCALARS:
        return f"convert explicitly, e.g. str({source_text(node.left)}) + {source_text(node.right)}"
    if isinstance(node.op, ast.Add) and right in SCALARS:
        return f"convert explicitly, e.g. {source_text(node.left)} + str({source_text(node.right)})"
    if isinstance(node.op, ast.Mult) and FLOAT in (left, right):
        return "a str can only be repeated an int number of times; convert with int(x)"
    return None


def comparable_tuples(left: PyType, right: PyType) -> bool:
    """The same tuple type, a tuple[T, ...] and a tuple whose items are all T, or two fixed
    tuples whose items have the same types as far as the shorter goes (`(1, 2) < (1, 2, 3)`)."""
    if left == right:
        return True
    if not left.is_var_tuple and not right.is_var_tuple:
        common = min(len(left.items), len(right.items))
        return left.items[:common] == right.items[:common]
    var, other = (left, right) if left.is_var_tuple else (right, left)
    return var.is_var_tuple and not other.is_var_tuple and all(t == var.elem for t in other.items)


def unorderable(t: PyType) -> PyType | None:
    """The type inside `t` that `<` cannot order (CPython raises TypeError for dicts, ranges,
    None), or None when values of `t` can be ordered: numbers, str, sets (by inclusion),
    and lists and tuples of those."""
    if t in SCALARS or t == STR or t.is_set:
        return None
    if t.is_list or t.is_tuple:
        items = t.items[:1] if t.is_var_tuple else t.items
        return next((inner for item in items if (inner := unorderable(item)) is not None), None)
    return t


def order_problem(t: PyType, op: str = "<") -> tuple[str, str | None] | None:
    """Why values of `t` cannot be ordered (sorted, min, max, `<`), or None."""
    inner = unorderable(t)
    if inner is None:
        return None
    name = "NoneType" if inner.name == "None" else inner.name
    return (f"'{op}' not supported between instances of '{name}' and '{name}'",
            "sort by a key that can be ordered, e.g. sorted(xs, key=len)" if op == "<" else None)


def compare_problem(op: ast.cmpop, left: PyType, right: PyType) -> tuple[str, str | None] | None:
    """Why `left op right` cannot be compared (message, hint), or None if it can."""
    if left in SCALARS and right in SCALARS:
        return None
    if left == right == STR:
        return None
    if left.name in ("dict", "set") and right.name in ("dict", "set"):
        from pyrite.frontend.mappings import compare_problem as mapping_problem  # circular
        return mapping_problem(op, left, right)
    if left.is_tuple and right.is_tuple and comparable_tuples(left, right):
        shorter = left if left.is_var_tuple or len(left.items) <= len(right.items) else right
        return None if isinstance(op, (ast.Eq, ast.NotEq)) else order_problem(shorter, symbol(op))
    if left.is_tuple and right.is_tuple:
        return (f"cannot compare '{left}' and '{right}'", "tuples compare item by item; give both the same type")
    if left == right == RANGE:
        from pyrite.frontend.ranges import compare_problem as range_problem  # circular: ranges uses symbol

        return range_problem(op)
    if left.is_list and right.is_list and left == right:
        return None if isinstance(op, (ast.Eq, ast.NotEq)) else order_problem(left, symbol(op))
    if left.is_list and right.is_list:
        return (f"cannot compare '{left}' and '{right}'", "both lists must have the same element type")
    hint = "convert explicitly, e.g. str(n) == s" if STR in (left, right) and {left, right} <= SCALARS | {STR} else None
    return (f"cannot compare '{left}' and '{right}'", hint)
