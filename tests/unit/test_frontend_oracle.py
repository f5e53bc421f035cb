"""Operator and builtin typing checked against CPython itself.

For every operator and operand kind, evaluate the expression with CPython. If
the checker accepts it, the inferred type must be the type of CPython's
result; if CPython computes a value, the checker must accept it (except where
version 0 rejects by design: `and`/`or` or min/max over mixed types).

One result has no version-0 type: a negative float base to a fractional power
is complex in CPython ((-2.0) ** 0.5). The checker types it float and irgen
must raise at runtime rather than return a float.
"""

from __future__ import annotations

import itertools
import math

import pytest

from pyrite.diagnostics import CompileError
from pyrite.frontend import check

OPERANDS = ["3", "-2", "0", "True", "False", "2.5", "-0.5", "0.0"]
BINARY = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
          "<", "<=", "==", "!=", ">", ">=", "and", "or"]
UNARY = ["-", "+", "~", "not "]
CALLS = ["abs({a})", "round({a})", "round({a}, {b})", "divmod({a}, {b})", "min({a}, {b})",
         "max({a}, {b})", "pow({a}, {b})", "int({a})", "float({a})", "bool({a})",
         "math.floor({a})", "math.sqrt({a})", "math.gcd({a}, {b})", "math.isinf({a})"]
BY_DESIGN = ("have different types", "must all have the same type")


def runtime_type(value: object) -> str:
    if isinstance(value, tuple):
        return "tuple[" + ", ".join(runtime_type(v) for v in value) + "]"
    return type(value).__name__


def expressions() -> list[str]:
    pairs = list(itertools.product(OPERANDS, OPERANDS))
    found = [f"{a} {op} {b}" for op in BINARY for a, b in pairs]
    found += [f"{op}{a}" for op in UNARY for a in OPERANDS]
    found += [call.format(a=a, b=b) for call in CALLS for a, b in pairs]
    return sorted(set(found))


def inferred(expr: str) -> str | list[str]:
    """The checker's type for `print(expr)`, or its error messages."""
    try:
        tm = check(f"import math\nprint({expr})\n", "oracle.py")
    except CompileError as error:
        return [d.message for d in error.diagnostics]
    return str(tm.types[tm.tree.body[-1].value.args[0]])


@pytest.mark.parametrize("expr", expressions())
def test_type_matches_cpython(expr: str):
    try:
        value = eval(expr, {"math": math})
    except (ArithmeticError, ValueError, TypeError):
        value = None  # CPython raises here too; the checker may accept (irgen raises) or reject
        expected = None
    else:
        expected = runtime_type(value)
    if expected == "complex":
        assert inferred(expr) == "float"
        return
    got = inferred(expr)
    if isinstance(got, str):
        assert expected in (None, got), f"{expr}: checker says {got}, CPython gives {expected}"
    elif expected is not None:
        assert all(any(reason in m for reason in BY_DESIGN) for m in got), f"{expr}: rejected: {got}"
