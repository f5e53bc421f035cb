"""The runtime functions an `rt` op may call: their signatures and effects.

    pure    no side effect, never raises: may be folded, moved or removed
    raises  no side effect but may raise: may be folded when it does not raise
    io      writes output or exits: never folded or removed

Their meaning is in `ir/semantics.py` (`RT_IMPL`), their machine code in
`runtime/` (the backend maps `rt @name` to the runtime's `pyrite_name`, or to
inline code where it has one).
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import F64, I1, I64, NONE, STR, Type


@dataclass(frozen=True)
class RtSig:
    params: tuple[Type, ...]
    ret: Type
    effect: str  # "pure" | "raises" | "io"


def _sig(params: str, ret: Type, effect: str) -> RtSig:
    table = {"i": I64, "f": F64, "b": I1, "s": STR}
    return RtSig(tuple(table[c] for c in params), ret, effect)


MATH_UNARY = ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
              "atan", "sinh", "cosh", "tanh", "fabs"]
MATH_BINARY = ["atan2", "fmod", "hypot", "copysign", "log_base"]

RUNTIME: dict[str, RtSig] = {
    "print_i64": _sig("i", NONE, "io"),
    "print_f64": _sig("f", NONE, "io"),
    "print_bool": _sig("b", NONE, "io"),
    "print_none": _sig("", NONE, "io"),
    "print_str": _sig("s", NONE, "io"),
    "exit": _sig("i", NONE, "io"),
    "exit_msg": _sig("s", NONE, "io"),
    "str_i64": _sig("i", STR, "pure"),
    "str_f64": _sig("f", STR, "pure"),
    "str_bool": _sig("b", STR, "pure"),
    "int_truediv": _sig("ii", F64, "raises"),
    "int_powmod": _sig("iii", I64, "raises"),
    "int_round": _sig("ii", I64, "raises"),
    "float_round": _sig("fi", F64, "raises"),
    "float_round_int": _sig("f", I64, "raises"),
    "cmp_int_float": _sig("if", I64, "pure"),
    "range_len": _sig("iii", I64, "raises"),
    "factorial": _sig("i", I64, "raises"),
    "gcd": _sig("ii", I64, "raises"),
    "math_floor": _sig("f", I64, "raises"),
    "math_ceil": _sig("f", I64, "raises"),
    "isnan": _sig("f", I1, "pure"),
    "isinf": _sig("f", I1, "pure"),
    "isfinite": _sig("f", I1, "pure"),
    **{f"math_{name}": _sig("f", F64, "raises") for name in MATH_UNARY},
    **{f"math_{name}": _sig("ff", F64, "raises") for name in MATH_BINARY},
}
