"""The meaning of each computing op, as Python functions.

This is the reference the interpreter runs and the constant folder folds
with; the backend must agree with it. An op that raises does so by raising
`PyRaise(kind, message)`, message exactly CPython's where CPython raises too.
"""

from __future__ import annotations

import math

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
OVERFLOW_MESSAGE = "integer overflow: the result does not fit in 64 bits"


class PyRaise(Exception):
    """A Python exception raised by an op: `kind` is the builtin class name."""

    def __init__(self, kind: str, message: str = ""):
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind = kind
        self.message = message


def check64(x: int) -> int:
    """x itself if it fits in a signed 64-bit int; else Pyrite's OverflowError."""
    if INT_MIN <= x <= INT_MAX:
        return x
    raise PyRaise("OverflowError", OVERFLOW_MESSAGE)


def _python(fn, *args):
    """Run a Python operation, turning its exception into a PyRaise."""
    try:
        return fn(*args)
    except (ArithmeticError, ValueError) as exc:
        raise PyRaise(type(exc).__name__, str(exc)) from None


def int_binary(op: str, a: int, b: int) -> int:
    match op:
        case "add":
            return check64(a + b)
        case "sub":
            return check64(a - b)
        case "mul":
            return check64(a * b)
        case "floordiv":
            if b == 0:
                raise PyRaise("ZeroDivisionError", "integer division or modulo by zero")
            return check64(a // b)
        case "mod":
            if b == 0:
                raise PyRaise("ZeroDivisionError", "integer modulo by zero")
            return a % b
        case "pow":
            if b < 0:
                raise PyRaise("ValueError", "negative exponent: Pyrite computes int ** int as an int; "
                              "write float(base) ** exp for a float result")
            return _int_pow(a, b)
        case "shl":
            if b < 0:
                raise PyRaise("ValueError", "negative shift count")
            return 0 if a == 0 else check64(a << min(b, 64))
        case "shr":
            if b < 0:
                raise PyRaise("ValueError", "negative shift count")
            return a >> min(b, 64)
        case "and":
            return a & b
        case "or":
            return a | b
        case "xor":
            return a ^ b
    raise AssertionError(f"unknown i64 op {op}")


def _int_pow(a: int, b: int) -> int:
    if a in (0, 1) or b <= 1:
        return check64(a**b)
    if a == -1:
        return -1 if b & 1 else 1
    if b > 64:
        raise PyRaise("OverflowError", OVERFLOW_MESSAGE)
    return check64(a**b)


def float_binary(op: str, a: float, b: float) -> float:
    match op:
        case "add":
            return a + b
        case "sub":
            return a - b
        case "mul":
            return a * b
        case "div":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float division by zero")
            return a / b
        case "floordiv":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float floor division by zero")
            return a // b
        case "mod":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float modulo")
            return a % b
        case "pow":
            return float_pow(a, b)
    raise AssertionError(f"unknown f64 op {op}")


def float_pow(a: float, b: float) -> float:
    result = _python(pow, a, b)
    if isinstance(result, complex):
        raise PyRaise("ValueError", "negative number cannot be raised to a fractional power")
    return result


def bool_binary(op: str, a: bool, b: bool) -> bool:
    return {"and": a and b, "or": a or b, "xor": a != b}[op]


def binary(op: str, type_name: str, a, b):
    if type_name == "i64":
        return int_binary(op, a, b)
    if type_name == "f64":
        return float_binary(op, a, b)
    return bool_binary(op, a, b)


def unary(op: str, type_name: str, a):
    match op, type_name:
        case "neg", "i64":
            return check64(-a)
        case "invert", "i64":
            return ~a
        case "neg", "f64":
            return -a
        case "not", "i1":
            return not a
    raise AssertionError(f"unknown unary {op}.{type_name}")


def compare(pred: str, a, b) -> bool:
    return {"eq": a == b, "ne": a != b, "lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[pred]


def convert(op: str, a):
    match op:
        case "itof":
            return float(a)
        case "ftoi":
            return float_to_int(a)
        case "btoi":
            return int(a)
    raise AssertionError(f"unknown conversion {op}")


def float_to_int(x: float) -> int:
    return check64(_python(int, x))


def cmp_int_float(i: int, f: float) -> int:
    if f != f:
        return 2
    return -1 if i < f else (1 if i > f else 0)


def factorial(n: int) -> int:
    """math.factorial, without computing a huge result only to reject it (21! > 2**63)."""
    if n > 20:
        raise PyRaise("OverflowError", OVERFLOW_MESSAGE)
    return _python(math.factorial, n)


def _math(name: str):
    fn = getattr(math, name)
    return lambda *args: _python(fn, *args)


def _math_int(fn):
    return lambda *args: check64(_python(fn, *args))


RT_IMPL = {
    "str_i64": lambda a: str(a),
    "str_f64": lambda a: repr(a),
    "str_bool": lambda a: "True" if a else "False",
    "int_truediv": lambda a, b: _python(lambda: a / b),
    "int_powmod": lambda a, b, m: _python(pow, a, b, m),
    # n below -20 rounds every i64 to 0 exactly as n = -20 does; clamping keeps huge n cheap.
    "int_round": lambda a, n: check64(_python(round, a, max(n, -20))),
    "float_round": lambda x, n: _python(round, x, n),
    "float_round_int": lambda x: check64(_python(round, x)),
    "cmp_int_float": cmp_int_float,
    "range_len": lambda start, stop, step: _python(lambda: len(range(start, stop, step))),
    "factorial": lambda n: factorial(n),
    "gcd": _math_int(math.gcd),
    "math_floor": _math_int(math.floor),
    "math_ceil": _math_int(math.ceil),
    "isnan": math.isnan,
    "isinf": math.isinf,
    "isfinite": math.isfinite,
    "math_log_base": lambda x, b: _python(math.log, x, b),
}
for _name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
              "atan", "sinh", "cosh", "tanh", "fabs", "atan2", "fmod", "hypot", "copysign"]:
    RT_IMPL[f"math_{_name}"] = _math(_name)


# ---- objects: str, list, tuple (ADR 0006) ----------------------------------
# The interpreter represents a str by a Python str, a list by a Python list and
# a tuple by a PyTuple (built in place, then never changed), so printing and
# comparing them is CPython's own behaviour.


class PyTuple:
    """A tuple under construction by tuple_new / tuple_init, then immutable."""

    __slots__ = ("items",)

    def __init__(self, n: int):
        self.items = [None] * n

    def value(self) -> tuple:
        return tuple(self.items)

    def __repr__(self) -> str:
        return repr(self.value())

    def __eq__(self, other) -> bool:
        return isinstance(other, PyTuple) and self.value() == other.value()

    def __lt__(self, other) -> bool:
        return self.value() < other.value()

    def __hash__(self) -> int:
        return hash(self.value())


def _index(seq, i: int, message: str) -> int:
    if i < 0:
        i += len(seq)
    if not 0 <= i < len(seq):
        raise PyRaise("IndexError", message)
    return i


def _list_pop(items: list, i: int):
    if not items:
        raise PyRaise("IndexError", "pop from empty list")
    return items.pop(_index(items, i, "pop index out of range"))


def _sort_keyed(items: list, keys: list, reverse: int) -> None:
    """Stable sort of items by keys, as CPython's list.sort(key=..., reverse=...)."""
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=bool(reverse))
    items[:] = [items[i] for i in order]


def _list_sort_begin(items: list) -> list:
    """l.sort(key=f) runs f while l looks empty: move the items out."""
    taken = items[:]
    items.clear()
    return taken


def _list_sort_end(items: list, taken: list, keys: list, reverse: int) -> None:
    _sort_keyed(taken, keys, reverse)
    modified = bool(items)
    items[:] = taken
    if modified:
        raise PyRaise("ValueError", "list modified during sort")


def _list_set(items: list, i: int, value) -> None:
    items[_index(items, i, "list assignment index out of range")] = value


RT_IMPL.update({
    "repr": lambda v, t: repr(v),
    "to_str": lambda v, t: str(v),
    "str_len": len,
    "str_concat": lambda a, b: a + b,
    "str_getitem": lambda s, i: s[_index(s, i, "string index out of range")],
    "str_eq": lambda a, b: a == b,
    "str_cmp": lambda a, b: (a > b) - (a < b),
    "list_new": lambda t, n: [None] * n,
    "list_init": lambda items, i, v: items.__setitem__(i, v),
    "list_len": len,
    "list_get": lambda items, i: items[_index(items, i, "list index out of range")],
    "list_set": _list_set,
    "list_append": lambda items, v: items.append(v),
    "list_pop": _list_pop,
    "list_sort_keyed": lambda items, keys, reverse: _sort_keyed(items, keys, reverse),
    "list_sort_begin": _list_sort_begin,
    "list_sort_end": _list_sort_end,
    "tuple_new": lambda t, n: PyTuple(n),
    "tuple_init": lambda t, i, v: t.items.__setitem__(i, v),
    "tuple_get": lambda t, i: t.items[i],
})
