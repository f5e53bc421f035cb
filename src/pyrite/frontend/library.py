"""The names Pyrite provides besides the user's own: builtins, math, sys, exceptions.

Pure data. builtins.py holds the typing rule of each call.
"""

from __future__ import annotations

import builtins as python_builtins
import math

from pyrite.frontend.typed import BOOL, FLOAT, INT, PyType

BUILTIN_FUNCTIONS = frozenset(
    {"print", "abs", "min", "max", "int", "float", "bool", "round", "divmod", "pow", "range",
     "len", "str", "repr", "set", "dict", "list", "sorted", "sum", "any", "all", "ord", "chr",
     "tuple", "ascii"}
)

EXCEPTIONS = frozenset({
    "ValueError", "ZeroDivisionError", "OverflowError", "AssertionError", "RuntimeError",
    "TypeError", "IndexError", "KeyError", "NotImplementedError",
})

# Python builtins that Pyrite does not provide yet (sum, list, sorted, ...).
PYTHON_BUILTINS = frozenset(name for name in dir(python_builtins) if not name.startswith("_"))

MODULES = frozenset({"math", "sys"})


class MathFunction:
    """A math function: how many arguments, of what kind, and what it returns."""

    def __init__(self, least: int, most: int | None, needs_int: bool, result: PyType):
        self.least = least
        self.most = most  # None: no upper bound
        self.needs_int = needs_int  # arguments must be int (or bool), as for gcd
        self.result = result


def _floats(*names: str, least: int = 1, most: int | None = 1) -> dict[str, MathFunction]:
    return {name: MathFunction(least, most, False, FLOAT) for name in names}


MATH_FUNCTIONS: dict[str, MathFunction] = {
    **_floats("sqrt", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
              "sinh", "cosh", "tanh", "fabs"),
    **_floats("log", most=2),
    **_floats("atan2", "fmod", "copysign", least=2, most=2),
    # 3+ arguments: CPython scales them together; nesting 2-argument calls rounds differently.
    **_floats("hypot", least=2, most=2),
    "floor": MathFunction(1, 1, False, INT),
    "ceil": MathFunction(1, 1, False, INT),
    "trunc": MathFunction(1, 1, False, INT),
    "isnan": MathFunction(1, 1, False, BOOL),
    "isinf": MathFunction(1, 1, False, BOOL),
    "isfinite": MathFunction(1, 1, False, BOOL),
    "gcd": MathFunction(2, None, True, INT),
    "factorial": MathFunction(1, 1, True, INT),
}

MATH_CONSTANTS: dict[str, float] = {
    "pi": math.pi, "e": math.e, "inf": math.inf, "nan": math.nan, "tau": math.tau,
}

# Names a program may not rebind: the checker resolves them itself.
RESERVED = BUILTIN_FUNCTIONS | EXCEPTIONS | MODULES | {"__name__"}


def reserved_reason(name: str, math_imports: set[str]) -> str | None:
    """Why `name` cannot be bound by the program, or None if it can."""
    if name in math_imports:
        return f"'{name}' is imported from math"
    if name in RESERVED:
        return f"'{name}' is a builtin name"
    return None
