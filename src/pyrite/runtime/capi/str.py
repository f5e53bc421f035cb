"""The str runtime's entry points (runtime/c/str*.c, format_spec.c, float_format.c), for the compiler.

FUNCTIONS maps each C function to (return type, parameter types, effect), in the
spelling of capi/__init__.py. A test checks every entry against the signature
the C compiler gave the function in the runtime's bitcode.

Conventions beyond capi/__init__.py's (object arguments borrowed, returned objects new):
- A `str | None` parameter is a null pointer for None (sep of split, chars of
  strip, the fill character of ljust/rjust/center).
- find-like methods take their optional start/end bounds as i64; when omitted
  (or None) the compiler passes 0 and INT64_MAX, which CPython treats exactly
  as None.
- s[a:b:c] (pyr_str_slice) takes a, b, c and a flags word saying which were
  given: SLICE_START | SLICE_STOP | SLICE_STEP below (an omitted part is None).
- A value of any type travels as (i64 bits, ptr type descriptor): an int, a
  bool as 0/1, a double's bits, or an object pointer (pyr_format_value,
  pyr_ascii, pyr_str_mod's right operand, as pyr_repr / pyr_to_str in value.c).
- f-strings: each replacement field becomes pyr_format_value (or pyr_format_int /
  _float / _str / _bool when the type is known) of the value, after pyr_repr /
  pyr_to_str / pyr_ascii for !r / !s / !a; the literal parts and the fields are
  then joined by pyr_str_concat_n(parts, n), parts being an array of n str
  pointers (a stack array of `ptr`) that the caller keeps owning.
- str.format: pyr_str_format(fmt, args, kwnames, kwvalues): args is a tuple of
  the positional arguments (its descriptor gives their types), kwnames a tuple
  of str and kwvalues a tuple of the keyword values, both null without keywords.
- fmt % x: pyr_str_mod(fmt, bits, type) with x as a value of any type; a tuple
  supplies one value per conversion, as in Python.
- split, rsplit, splitlines return a list[str] whose descriptor is the
  runtime's own pyr_list_str_type; partition/rpartition a tuple[str, str, str]
  (pyr_tuple_str3_type).

Effects: `pure` functions allocate nothing and never raise; every function that
returns a new object may raise MemoryError, so it is `raises` even when Python
would never raise there.
"""

SLICE_START, SLICE_STOP, SLICE_STEP = 1, 2, 4  # pyrite.h: PYR_SLICE_*

_S = "ptr"  # a str (or null for None where the conventions above allow it)


def _method(*params: str) -> tuple:
    return ("ptr", ("ptr", *params), "raises")


def _predicate(*params: str) -> tuple:
    return ("i1", ("ptr", *params), "pure")


FUNCTIONS: dict[str, tuple[str, tuple[str, ...], str]] = {
    # core (str.c, str_slice.c); len, getitem, concat, eq and cmp are in core.py
    "pyr_str_hash": ("i64", (_S,), "pure"),
    "pyr_str_slice": _method("i64", "i64", "i64", "i64"),
    "pyr_str_repeat": _method("i64"),
    "pyr_str_ord": ("i64", (_S,), "raises"),
    "pyr_str_chr": ("ptr", ("i64",), "raises"),
    # search (str_search.c)
    "pyr_str_contains": _predicate(_S),
    "pyr_str_find": ("i64", (_S, _S, "i64", "i64"), "pure"),
    "pyr_str_rfind": ("i64", (_S, _S, "i64", "i64"), "pure"),
    "pyr_str_index": ("i64", (_S, _S, "i64", "i64"), "raises"),
    "pyr_str_rindex": ("i64", (_S, _S, "i64", "i64"), "raises"),
    "pyr_str_count": ("i64", (_S, _S, "i64", "i64"), "pure"),
    "pyr_str_startswith": _predicate(_S, "i64", "i64"),
    "pyr_str_endswith": _predicate(_S, "i64", "i64"),
    "pyr_str_startswith_tuple": _predicate("ptr", "i64", "i64"),
    "pyr_str_endswith_tuple": _predicate("ptr", "i64", "i64"),
    "pyr_str_replace": _method(_S, _S, "i64"),
    "pyr_str_removeprefix": _method(_S),
    "pyr_str_removesuffix": _method(_S),
    # split and join (str_split.c)
    "pyr_str_split": _method(_S, "i64"),
    "pyr_str_rsplit": _method(_S, "i64"),
    "pyr_str_splitlines": _method("i1"),
    "pyr_str_ws_token": ("i64", (_S, "i64"), "pure"),
    "pyr_str_ws_token_end": ("i64", (_S, "i64"), "pure"),
    "pyr_str_sep_token_end": ("i64", (_S, _S, "i64"), "pure"),
    "pyr_str_sep_len": ("i64", (_S,), "raises"),
    "pyr_str_piece": _method("i64", "i64"),
    "pyr_str_partition": _method(_S),
    "pyr_str_rpartition": _method(_S),
    "pyr_str_join": _method("ptr"),
    "pyr_str_concat_n": ("ptr", ("ptr", "i64"), "raises"),
    # strip and pad (str_pad.c)
    "pyr_str_strip": _method(_S),
    "pyr_str_lstrip": _method(_S),
    "pyr_str_rstrip": _method(_S),
    "pyr_str_ljust": _method("i64", _S),
    "pyr_str_rjust": _method("i64", _S),
    "pyr_str_center": _method("i64", _S),
    "pyr_str_zfill": _method("i64"),
    "pyr_str_expandtabs": _method("i64"),
    # case and character classes (str_case.c)
    **{f"pyr_str_{name}": _method() for name in (
        "upper", "lower", "casefold", "swapcase", "title", "capitalize")},
    **{f"pyr_str_{name}": _predicate() for name in (
        "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower",
        "isupper", "istitle", "isascii", "isprintable", "isidentifier")},
    # int(s, base), float(s) (str_parse.c)
    "pyr_str_to_int": ("i64", (_S, "i64"), "raises"),
    "pyr_str_to_float": ("f64", (_S,), "raises"),
    # formatting (format_spec.c, str_format.c, str_mod.c, str_convert.c; value.c)
    "pyr_format_int": ("ptr", ("i64", _S), "raises"),
    "pyr_format_bool": ("ptr", ("i1", _S), "raises"),
    "pyr_format_float": ("ptr", ("f64", _S), "raises"),
    "pyr_format_str": ("ptr", (_S, _S), "raises"),
    "pyr_format_value": ("ptr", ("i64", "ptr", _S), "raises"),
    "pyr_ascii": ("ptr", ("i64", "ptr"), "raises"),
    "pyr_str_format": ("ptr", (_S, "ptr", "ptr", "ptr"), "raises"),
    "pyr_str_mod": ("ptr", (_S, "i64", "ptr"), "raises"),
}

# Type descriptors the str runtime defines (pyrite.h), which compiled code may reuse.
DESCRIPTORS = {
    "pyr_str_type": "str",
    "pyr_int_type": "int",
    "pyr_float_type": "float",
    "pyr_bool_type": "bool",
    "pyr_none_type": "None",
    "pyr_list_str_type": "list[str]",
    "pyr_tuple_str3_type": "tuple[str, str, str]",
}
