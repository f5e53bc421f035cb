"""The exceptions inline checks raise, taken from the reference itself.

Each (kind, message) pair below is obtained by running `ir/semantics.py` on an
input that must raise, so the machine code cannot drift from the reference:
if the reference changes a message, the compiled code follows.

    INT_FLOORDIV_ZERO == ("ZeroDivisionError", "integer division or modulo by zero")
"""

from __future__ import annotations

import math

from ..ir import semantics
from ..ir.semantics import INT_MIN, RT_IMPL, PyRaise

Exc = tuple[str, str]  # (kind, message)

RECURSION: Exc = ("RecursionError", "maximum recursion depth exceeded")  # CPython 3.11's text
RECURSION_LIMIT = 1000  # CPython's sys.getrecursionlimit(); the module frame is depth 1


def raised(fn, *args) -> Exc:
    """The (kind, message) that `fn(*args)` raises; an error if it raises nothing."""
    try:
        fn(*args)
    except PyRaise as exc:
        return exc.kind, exc.message
    raise AssertionError(f"the reference does not raise for {fn.__name__}{args}")


def _int(op: str, a: int, b: int) -> Exc:
    return raised(semantics.int_binary, op, a, b)


def _float(op: str, a: float, b: float) -> Exc:
    return raised(semantics.float_binary, op, a, b)


OVERFLOW = _int("add", semantics.INT_MAX, 1)
INT_FLOORDIV_ZERO = _int("floordiv", 1, 0)
INT_FLOORDIV_OVERFLOW = _int("floordiv", INT_MIN, -1)
INT_MOD_ZERO = _int("mod", 1, 0)
INT_POW_NEGATIVE = _int("pow", 2, -1)
SHL_NEGATIVE = _int("shl", 1, -1)
SHL_OVERFLOW = _int("shl", 1, 64)
SHR_NEGATIVE = _int("shr", 1, -1)
NEG_OVERFLOW = raised(semantics.unary, "neg", "i64", INT_MIN)
FLOAT_DIV_ZERO = _float("div", 1.0, 0.0)
FLOAT_FLOORDIV_ZERO = _float("floordiv", 1.0, 0.0)
FLOAT_MOD_ZERO = _float("mod", 1.0, 0.0)
INT_TRUEDIV_ZERO = raised(RT_IMPL["int_truediv"], 1, 0)
RANGE_STEP_ZERO = raised(RT_IMPL["range_len"], 0, 1, 0)
RANGE_TOO_LONG = raised(RT_IMPL["range_len"], INT_MIN, semantics.INT_MAX, 1)
LIST_INDEX = raised(RT_IMPL["list_get"], [], 0)
LIST_ASSIGN_INDEX = raised(RT_IMPL["list_set"], [], 0, 0)


class FloatToIntErrors:
    """What a float -> int conversion raises for nan, +-inf, and finite values out of range."""

    def __init__(self, fn):
        self.nan = raised(fn, math.nan)
        self.inf = raised(fn, math.inf)
        self.ninf = raised(fn, -math.inf)
        self.big = raised(fn, 1e300)
        self.nbig = raised(fn, -1e300)


FTOI = FloatToIntErrors(semantics.float_to_int)
FLOAT_TO_INT = {
    "math_floor": FloatToIntErrors(RT_IMPL["math_floor"]),
    "math_ceil": FloatToIntErrors(RT_IMPL["math_ceil"]),
    "float_round_int": FloatToIntErrors(RT_IMPL["float_round_int"]),
}


def _constant_domain_error(name: str, samples: tuple[float, ...]) -> Exc | None:
    """The error `math.NAME` raises on every sample, if it is one fixed (kind, message)."""
    errors = {raised(RT_IMPL[name], x) for x in samples}
    return errors.pop() if len(errors) == 1 else None


# sqrt is inlined when its error for x < 0 does not depend on x (CPython 3.11:
# "math domain error"; 3.13 puts x in the message, and then the runtime does it).
SQRT_DOMAIN = _constant_domain_error("math_sqrt", (-1.0, -2.5, -math.inf, -5e-324))
