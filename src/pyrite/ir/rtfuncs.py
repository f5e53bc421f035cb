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

from .types import ANY, DICT, F64, I1, I64, LIST, NONE, OBJ, SET, STR, TDESC, TUPLE, Type


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
STR_CASE = ["upper", "lower", "casefold", "swapcase", "title", "capitalize"]
STR_PREDICATES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower",
                  "isupper", "istitle", "isascii", "isprintable", "isidentifier"]

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
    # str methods and operators (runtime/c/str*.c); `_ws` ops pass None for the
    # omitted sep/chars (split on whitespace, strip whitespace)
    "str_slice": _sig("siiii", STR, "raises"),  # s, start, stop, step, which given (capi.str SLICE_*)
    "str_repeat": _sig("si", STR, "raises"),
    "str_ord": _sig("s", I64, "raises"),
    "str_chr": _sig("i", STR, "raises"),
    "str_contains": _sig("ss", I1, "pure"),
    **{f"str_{name}": _sig("ssii", I64, "pure") for name in ("find", "rfind", "count")},
    **{f"str_{name}": _sig("ssii", I64, "raises") for name in ("index", "rindex")},
    **{f"str_{name}": _sig("ssii", I1, "pure") for name in ("startswith", "endswith")},
    "str_replace": _sig("sssi", STR, "raises"),
    "str_removeprefix": _sig("ss", STR, "raises"),
    "str_removesuffix": _sig("ss", STR, "raises"),
    "str_split": _sig("ssi", LIST, "raises"),
    "str_rsplit": _sig("ssi", LIST, "raises"),
    "str_split_ws": _sig("si", LIST, "raises"),
    "str_rsplit_ws": _sig("si", LIST, "raises"),
    "str_splitlines": _sig("sb", LIST, "raises"),
    # the pieces of s.split() / s.split(sep) one at a time, for a loop (irgen/iteration.py)
    "str_ws_token": _sig("si", I64, "pure"),  # s, pos -> start of the next piece, -1 if none
    "str_ws_token_end": _sig("si", I64, "pure"),  # s, start -> its end
    "str_sep_token_end": _sig("ssi", I64, "pure"),  # s, sep, start -> the next sep, or len(s)
    "str_sep_len": _sig("s", I64, "raises"),  # ValueError: empty separator
    "str_piece": _sig("sii", STR, "raises"),  # s[start:end]
    "str_join": _sig("sl", STR, "raises"),
    **{f"str_{name}": _sig("ss", STR, "raises") for name in ("strip", "lstrip", "rstrip")},
    **{f"str_{name}_ws": _sig("s", STR, "raises") for name in ("strip", "lstrip", "rstrip")},
    **{f"str_{name}": _sig("sis", STR, "raises") for name in ("ljust", "rjust", "center")},
    "str_zfill": _sig("si", STR, "raises"),
    "str_expandtabs": _sig("si", STR, "raises"),
    **{f"str_{name}": _sig("s", STR, "raises") for name in STR_CASE},
    **{f"str_{name}": _sig("s", I1, "pure") for name in STR_PREDICATES},
    "str_to_int": _sig("si", I64, "raises"),
    "str_to_float": _sig("s", F64, "raises"),
    # formatting: f-strings, str.format (positional only), %
    "format_int": _sig("is", STR, "raises"),
    "format_bool": _sig("bs", STR, "raises"),
    "format_float": _sig("fs", STR, "raises"),
    "format_str": _sig("ss", STR, "raises"),
    "format_value": _sig("ads", STR, "raises"),
    "ascii": _sig("ad", STR, "raises"),
    "str_format_pos": _sig("su", STR, "raises"),
    "str_format_kw": _sig("suuu", STR, "raises"),  # fmt, positional values, keyword names, keyword values
    "str_mod": _sig("sad", STR, "raises"),
    # list[T]: elements travel as `any`
    "list_new": _sig("di", LIST, "raises"),
    "list_init": _sig("lia", NONE, "raises"),
    "list_len": _sig("l", I64, "reads"),
    "list_get": _sig("li", ANY, "raises"),
    "list_set": _sig("lia", NONE, "raises"),
    "list_append": _sig("la", NONE, "raises"),
    "list_pop": _sig("li", ANY, "raises"),
    # list[T] methods and operations (irgen/listops.py); slices take start, stop,
    # step and the mask of omitted parts (runtime/capi/containers.py)
    "list_insert": _sig("lia", NONE, "raises"),
    "list_remove": _sig("la", NONE, "raises"),
    "list_index": _sig("laii", I64, "raises"),
    "list_count": _sig("la", I64, "raises"),
    "list_contains": _sig("la", I1, "raises"),
    "list_extend": _sig("ll", NONE, "raises"),
    "list_clear": _sig("l", NONE, "raises"),
    "list_reverse": _sig("l", NONE, "raises"),
    "list_copy": _sig("l", LIST, "raises"),
    "list_sort": _sig("li", NONE, "raises"),
    "list_sorted": _sig("li", LIST, "raises"),
    "list_delitem": _sig("li", NONE, "raises"),
    "list_getslice": _sig("liiii", LIST, "raises"),
    "list_setslice": _sig("liiiil", NONE, "raises"),
    "list_delslice": _sig("liiii", NONE, "raises"),
    "list_sum_int": _sig("li", I64, "raises"),
    "list_sum_float": _sig("lf", F64, "reads"),
    "list_min": _sig("l", ANY, "raises"),
    "list_max": _sig("l", ANY, "raises"),
    "list_any": _sig("l", I1, "reads"),
    "list_all": _sig("l", I1, "reads"),
    # key= (irgen/keyed.py): sort a list by a list of precomputed keys, stably
    "list_sort_keyed": _sig("lli", NONE, "raises"),
    "list_sort_begin": _sig("l", LIST, "raises"),
    "list_sort_end": _sig("llli", NONE, "raises"),
    # tuple[...]
    "tuple_new": _sig("di", TUPLE, "raises"),
    "tuple_init": _sig("uia", NONE, "raises"),
    "tuple_get": _sig("ui", ANY, "reads"),  # a constant index, in range
    "tuple_getitem": _sig("ui", ANY, "raises"),  # tuple[T, ...]: IndexError
    "tuple_len": _sig("u", I64, "pure"),
    "tuple_contains": _sig("ua", I1, "raises"),
    "tuple_getslice": _sig("uiiiid", TUPLE, "raises"),  # t, start, stop, step, omitted, the result's type
    "tuple_concat": _sig("uud", TUPLE, "raises"),  # a, b, the result's type
    "tuple_repeat": _sig("uid", TUPLE, "raises"),  # t, n, the result's type
    "tuple_count": _sig("ua", I64, "raises"),
    "tuple_index": _sig("uaii", I64, "raises"),  # ValueError: tuple.index(x): x not in tuple
    # a == b, a < b, ... of two values of one type (the descriptor), op 0..5: == != < <= > >=
    "compare": _sig("aadi", I1, "raises"),
    "is_none": _sig("o", I1, "pure"),  # an optional (T | None) reference is null: None
    "int_truediv": _sig("ii", F64, "raises"),
    "int_powmod": _sig("iii", I64, "raises"),
    "int_round": _sig("ii", I64, "raises"),
    "float_round": _sig("fi", F64, "raises"),
    "float_round_int": _sig("f", I64, "raises"),
    "cmp_int_float": _sig("if", I64, "pure"),
    "range_len": _sig("iii", I64, "raises"),
    # range objects (runtime/c/range.c, ADR 0012): an IR `tuple` value, descriptor "range"
    "range_new": _sig("iii", TUPLE, "raises"),  # ValueError: range() arg 3 must not be zero
    "range_start": _sig("u", I64, "pure"),
    "range_stop": _sig("u", I64, "pure"),
    "range_step": _sig("u", I64, "pure"),
    "range_getitem": _sig("ui", I64, "raises"),
    "range_contains": _sig("ui", I1, "pure"),
    "range_index": _sig("ui", I64, "raises"),
    "range_getslice": _sig("uiiii", TUPLE, "raises"),  # r, start, stop, step, omitted (as list_getslice)
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


def _mapping_sig(params: str, ret: Type, effect: str) -> RtSig:
    """As _sig, with D for a dict and S for a set operand."""
    table = {"i": I64, "b": I1, "l": LIST, "d": TDESC, "a": ANY, "D": DICT, "S": SET}
    return RtSig(tuple(table[c] for c in params), ret, effect)


# dict[K, V] and set[T] (runtime/c/dict.c, set*.c): keys, values and elements travel as `any`
RUNTIME.update({
    "dict_new": _mapping_sig("di", DICT, "raises"),
    "dict_len": _mapping_sig("D", I64, "reads"),
    "dict_getitem": _mapping_sig("Da", ANY, "raises"),
    "dict_setitem": _mapping_sig("Daa", NONE, "raises"),
    "dict_delitem": _mapping_sig("Da", NONE, "raises"),
    "dict_contains": _mapping_sig("Da", I1, "raises"),
    "dict_get": _mapping_sig("Daa", ANY, "raises"),
    # d[k] op= v, d[k] = d.get(k, x) op v in one probe: ix = dict_find(d, k) (dict_find_item
    # raises KeyError when k is absent), the current value by dict_value_at / dict_value_or,
    # then dict_store_at(d, ix, k, v), valid only if nothing touched d since the find (ADR 0014)
    "dict_find": _mapping_sig("Da", I64, "raises"),  # an entry number, or -1: absent
    "dict_find_item": _mapping_sig("Da", I64, "raises"),
    "dict_value_or": _mapping_sig("Dia", ANY, "reads"),  # d, ix, default: the default when ix is -1
    "dict_store_at": _mapping_sig("Diaa", NONE, "raises"),
    "dict_setdefault": _mapping_sig("Daa", ANY, "raises"),
    "dict_pop": _mapping_sig("Da", ANY, "raises"),
    "dict_pop_default": _mapping_sig("Daa", ANY, "raises"),
    "dict_clear": _mapping_sig("D", NONE, "raises"),
    "dict_copy": _mapping_sig("D", DICT, "raises"),
    "dict_update": _mapping_sig("DD", NONE, "raises"),
    "dict_iter": _mapping_sig("Diii", I64, "raises"),  # d, pos, len_at_start, remaining: -1 at the end
    "dict_iter_back": _mapping_sig("Dii", I64, "raises"),  # reversed(d): d, pos, len_at_start: -1 at the start
    "dict_key_at": _mapping_sig("Di", ANY, "reads"),
    "dict_value_at": _mapping_sig("Di", ANY, "reads"),
    "set_new": _mapping_sig("d", SET, "raises"),
    "set_from_list": _mapping_sig("dl", SET, "raises"),
    "set_from_dict": _mapping_sig("dD", SET, "raises"),
    "set_to_list": _mapping_sig("Sd", LIST, "raises"),
    "dict_keys": _mapping_sig("Dd", LIST, "raises"),  # list(d), list(d.keys()): the list's type
    "dict_values": _mapping_sig("Dd", LIST, "raises"),
    "dict_items": _mapping_sig("Dd", LIST, "raises"),  # a list of (key, value) tuples
    "set_len": _mapping_sig("S", I64, "reads"),
    "set_add": _mapping_sig("Sa", NONE, "raises"),
    "set_discard": _mapping_sig("Sa", NONE, "raises"),
    "set_remove": _mapping_sig("Sa", NONE, "raises"),
    "set_pop": _mapping_sig("S", ANY, "raises"),
    "set_contains": _mapping_sig("Sa", I1, "raises"),
    "set_clear": _mapping_sig("S", NONE, "raises"),
    "set_copy": _mapping_sig("S", SET, "raises"),
    "set_iter": _mapping_sig("Sii", I64, "raises"),  # s, pos, len_at_start: -1 at the end
    "set_item_at": _mapping_sig("Si", ANY, "reads"),
    **{f"set_{name}": _mapping_sig("SS", SET, "raises")
       for name in ("union", "intersection", "difference", "symmetric_difference")},
    **{f"set_{name}": _mapping_sig("SS", NONE, "raises")
       for name in ("update", "intersection_update", "difference_update", "symmetric_difference_update")},
    **{f"set_{name}": _mapping_sig("SS", I1, "raises") for name in ("issubset", "issuperset", "isdisjoint")},
    # set methods given an iterable other than a set, as the list of its items or a dict
    "set_update_list": _mapping_sig("Sl", NONE, "raises"),
    "set_update_dict": _mapping_sig("SD", NONE, "raises"),
    "set_intersection_list": _mapping_sig("Sl", SET, "raises"),
    "set_difference_list": _mapping_sig("Sl", SET, "raises"),
    "set_difference_update_list": _mapping_sig("Sl", NONE, "raises"),
})
