"""The runtime functions an `rt` op may call: their signatures and effects.

    pure    no side effect, never raises: may be folded, moved or removed
    reads   never raises, no side effect, but reads mutable objects (a list's
            length): may be removed when unused, never moved across writes
    raises  may raise, or change an object (list.append): may be folded only
            when its arguments are constants and it does not raise
    io      writes output or exits: never folded or removed

Operand types: `any` takes a value of any type (an element of a container),
`obj` any reference; a result of type `any` is stated by the op
(`rt @list_get(%l, %i) : f64`). Object operands are borrowed and an object
result is a new reference (ADR 0006).

Their meaning is in `ir/semantics.py` (`RT_IMPL`), their machine code in
`runtime/` (the backend maps `rt @name` to the runtime's `pyrite_name`, or to
inline code where it has one).
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import ANY, F64, I1, I64, LIST, NONE, OBJ, STR, TDESC, TUPLE, Type


@dataclass(frozen=True)
class RtSig:
    params: tuple[Type, ...]
    ret: Type
    effect: str  # "pure" | "reads" | "raises" | "io"


def _sig(params: str, ret: Type, effect: str) -> RtSig:
    table = {"i": I64, "f": F64, "b": I1, "s": STR, "l": LIST, "u": TUPLE, "d": TDESC, "a": ANY, "o": OBJ}
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
    # any value, by its type descriptor
    "print_value": _sig("ad", NONE, "io"),
    "repr": _sig("ad", STR, "pure"),
    "to_str": _sig("ad", STR, "pure"),
    # str
    "str_len": _sig("s", I64, "pure"),
    "str_concat": _sig("ss", STR, "raises"),
    "str_getitem": _sig("si", STR, "raises"),
    "str_eq": _sig("ss", I1, "pure"),
    "str_cmp": _sig("ss", I64, "pure"),  # -1, 0, 1: code point by code point
    # list[T]: elements travel as `any`
    "list_new": _sig("di", LIST, "raises"),
    "list_init": _sig("lia", NONE, "raises"),
    "list_len": _sig("l", I64, "reads"),
    "list_get": _sig("li", ANY, "raises"),
    "list_set": _sig("lia", NONE, "raises"),
    "list_append": _sig("la", NONE, "raises"),
    "list_pop": _sig("li", ANY, "raises"),
    # key= (irgen/keyed.py): sort a list by a list of precomputed keys, stably
    "list_sort_keyed": _sig("lli", NONE, "raises"),
    "list_sort_begin": _sig("l", LIST, "raises"),
    "list_sort_end": _sig("llli", NONE, "raises"),
    # tuple[...]
    "tuple_new": _sig("di", TUPLE, "raises"),
    "tuple_init": _sig("uia", NONE, "raises"),
    "tuple_get": _sig("ui", ANY, "reads"),
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
