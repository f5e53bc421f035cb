"""The str runtime (runtime/c/str*.c) called directly and compared with CPython:
indexing and slicing, search, split/join, strip/pad, case mapping and
character classes, ord/chr, int(s)/float(s). Every call also checks that no
object leaked (cvalues.CValues.call) and that every string has the kind its
text calls for (kind 1 exactly when all ASCII)."""

import ctypes
import math
import random
import sys

import llvmlite.binding as llvm
import pytest
from conftest import INT64_MAX, INT64_MIN, cpython, same
from cvalues import CValues
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pyrite.backend.link import zig_target
from pyrite.runtime import unicode_db
from pyrite.runtime.capi.str import DESCRIPTORS, FUNCTIONS, SLICE_START, SLICE_STEP, SLICE_STOP
from pyrite.runtime.cbuild import runtime_bitcode

SETTINGS = settings(max_examples=200, deadline=None)

# Characters that exercise the Unicode paths: case mappings that change length,
# final sigma and case-ignorable marks, titlecase letters, non-ASCII whitespace,
# digits and line breaks, astral characters, a lone surrogate.
TRICKY = ("ßİıΣσςΑǅǄǆﬁŉ\u0345\u0307'\u00b7.:ẞΐ\u1e9e\u0130\u03a3"
          "\x1c\x1d\x85\xa0\u2028\u2029\u3000\t\n\r\x0b\x0c "
          "٣𝟙²½Ⅻ\U0001f600\U00010400\U00010428\ud800é_-+0123456789")
ALPHABET = st.sampled_from("abcABC xyz,.;") | st.sampled_from(TRICKY) | st.characters(blacklist_categories=())
TEXT = st.text(ALPHABET, max_size=12)
ASCII_TEXT = st.text(st.sampled_from("ab ,c"), max_size=10)
INDEX = st.integers(-15, 15) | st.sampled_from([INT64_MIN, INT64_MAX, -(2**40), 2**40])


@pytest.fixture(scope="module")
def cv(runtime):
    return CValues(runtime)


def check(cv, name, restype, oracle, *args, **kwargs):
    """name(*args) in the runtime does what oracle() does in CPython."""
    expected = cpython(oracle, **kwargs)
    got = cv.call(name, restype, *args)
    assert same(got, expected), f"{name}{args}: got {got!r}, CPython {expected!r}"




# ---- the entry-point table ----

def _signature(fn) -> tuple[str, tuple[str, ...]]:
    text = str(fn.global_value_type)  # e.g. "ptr (ptr, i64)"
    ret, _, params = text.partition(" (")
    params = params.rstrip(")")
    spelling = {"double": "f64"}  # capi's names for LLVM's
    return spelling.get(ret, ret), tuple(spelling.get(p.strip(), p.strip()) for p in params.split(",") if p.strip())


def test_capi_table_matches_the_bitcode():
    """capi/str.py says what the C compiler made of each function (so the compiler
    can trust it): same return and parameter types."""
    module = llvm.parse_bitcode(runtime_bitcode(zig_target("x86_64-unknown-linux-gnu")))
    for name, (ret, params, effect) in FUNCTIONS.items():
        fn = module.get_function(name)
        assert not fn.is_declaration, name
        assert _signature(fn) == (ret, params), f"{name}: {_signature(fn)} != {(ret, params)}"
        assert effect in ("pure", "raises", "io")
    for name in DESCRIPTORS:
        assert module.get_global_variable(name), name


# ---- len, indexing, slicing, +, *, in ----

@SETTINGS
@given(TEXT, st.one_of(st.none(), INDEX), st.one_of(st.none(), INDEX),
       st.one_of(st.none(), INDEX, st.just(0)))
@example("abcdef", None, None, -1)
@example("héllo", 10, -10, -3)
def test_slice(cv, text, start, stop, step):
    flags = (SLICE_START if start is not None else 0) | (SLICE_STOP if stop is not None else 0) \
        | (SLICE_STEP if step is not None else 0)
    check(cv, "pyr_str_slice", str, lambda: text[start:stop:step],
          text, start or 0, stop or 0, step or 0, flags)


@SETTINGS
@given(TEXT, INDEX)
def test_getitem_and_len(cv, text, index):
    check(cv, "pyr_str_getitem", str, lambda: text[index], text, index)
    check(cv, "pyr_str_len", int, lambda: len(text), text)


@SETTINGS
@given(TEXT, TEXT, st.integers(-3, 5))
def test_concat_and_repeat(cv, a, b, n):
    check(cv, "pyr_str_concat", str, lambda: a + b, a, b)
    check(cv, "pyr_str_repeat", str, lambda: a * n, a, n)


@pytest.mark.parametrize("text, n", [("ab", 2**62), ("ab", INT64_MAX), ("é", 2**62)])
def test_repeat_too_long(cv, text, n):
    expected = cpython(lambda: text * n)
    got = cv.call("pyr_str_repeat", str, text, n)
    assert got[0] == expected[0] and (got[0] == "MemoryError" or got == expected)


@SETTINGS
@given(TEXT, TEXT)
def test_contains(cv, text, sub):
    check(cv, "pyr_str_contains", bool, lambda: sub in text, text, sub)
    if text:
        piece = text[len(text) // 3: len(text) // 3 + 2]
        check(cv, "pyr_str_contains", bool, lambda: piece in text, text, piece)


# ---- ord, chr ----

@SETTINGS
@given(TEXT)
def test_ord(cv, text):
    check(cv, "pyr_str_ord", int, lambda: ord(text), text)


@SETTINGS
@given(st.integers(-2, 0x110002) | st.sampled_from([INT64_MIN, INT64_MAX, 2**31, 2**31 - 1, -(2**31),
                                                    -(2**31) - 1, 0xD800]))
def test_chr(cv, i):
    check(cv, "pyr_str_chr", str, lambda: chr(i), i)


# ---- search ----

def _needles(text):
    return st.sampled_from([text[i:j] for i in range(len(text) + 1) for j in range(i, len(text) + 1)] or [""])


@SETTINGS
@given(TEXT, st.data(), st.one_of(st.none(), INDEX), st.one_of(st.none(), INDEX))
def test_find_family(cv, text, data, start, end):
    sub = data.draw(_needles(text) | TEXT)
    lo, hi = (0 if start is None else start), (INT64_MAX if end is None else end)
    for name in ("find", "rfind", "index", "rindex", "count"):
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", int, lambda: method(sub, start, end), text, sub, lo, hi)
    for name in ("startswith", "endswith"):
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", bool, lambda: method(sub, start, end), text, sub, lo, hi)
        subs = (sub, data.draw(TEXT))
        check(cv, f"pyr_str_{name}_tuple", bool, lambda: method(subs, start, end), text, subs, lo, hi)


def test_long_needles(cv):
    """The Horspool path (needles longer than 8), in both string kinds."""
    rng = random.Random(3)
    for _ in range(60):
        hay = "".join(rng.choice("abé") for _ in range(rng.randint(0, 60)))
        i = rng.randint(0, len(hay))
        needle = hay[i:i + rng.randint(9, 14)] if rng.random() < 0.7 else "ab" * 5
        for name in ("find", "rfind", "count"):
            check(cv, f"pyr_str_{name}", int, lambda: getattr(hay, name)(needle), hay, needle, 0, INT64_MAX)


@SETTINGS
@given(TEXT, st.data(), TEXT, st.integers(-2, 4))
@example("abc", None, "-", -1)
def test_replace(cv, text, data, new, count):
    old = data.draw(_needles(text) | TEXT) if data is not None else ""
    check(cv, "pyr_str_replace", str, lambda: text.replace(old, new, count), text, old, new, count)


@SETTINGS
@given(TEXT, st.data())
def test_removeprefix_removesuffix(cv, text, data):
    part = data.draw(_needles(text) | TEXT)
    check(cv, "pyr_str_removeprefix", str, lambda: text.removeprefix(part), text, part)
    check(cv, "pyr_str_removesuffix", str, lambda: text.removesuffix(part), text, part)


# ---- split, join, partition ----

@SETTINGS
@given(TEXT | ASCII_TEXT, st.one_of(st.none(), st.sampled_from(["", ",", "ab", " ", "é", "ΣΣ"])),
       st.integers(-1, 3))
@example("  a b  c ", None, 1)
@example("a,b,,c,", ",", -1)
def test_split_rsplit(cv, text, sep, maxsplit):
    for name in ("split", "rsplit"):
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", list[str], lambda: method(sep, maxsplit), text, sep, maxsplit)


@SETTINGS
@given(TEXT, st.sampled_from(["", ",", "é", "ab"]), INDEX, INDEX)
def test_split_pieces_are_the_interpreters(cv, text, sep, a, b):
    """The calls of a loop over s.split() (irgen/iteration.py) agree with ir/semantics.py for
    any position, outside the string too: hand-written IR may pass one (a random IR module
    made the interpreter index past the string: IndexError)."""
    from pyrite.ir.semantics import RT_IMPL

    for name, restype, args in (("str_ws_token", int, (text, a)), ("str_ws_token_end", int, (text, a)),
                                ("str_sep_token_end", int, (text, sep, a)), ("str_piece", str, (text, a, b))):
        check(cv, f"pyr_{name}", restype, lambda: RT_IMPL[name](*args), *args)


@SETTINGS
@given(st.text(st.sampled_from("ab\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029é"), max_size=12), st.booleans())
def test_splitlines(cv, text, keepends):
    check(cv, "pyr_str_splitlines", list[str], lambda: text.splitlines(keepends), text, keepends)


def test_every_line_break_is_cpythons(cv):
    every = "".join(chr(c) + "a" for c in range(sys.maxunicode + 1) if chr(c).isspace())
    check(cv, "pyr_str_splitlines", list[str], lambda: every.splitlines(True), every, True)


@SETTINGS
@given(TEXT, st.sampled_from(["", "=", "é", "ab"]))
def test_partition(cv, text, sep):
    for name in ("partition", "rpartition"):
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", tuple[str, str, str], lambda: method(sep), text, sep)


@SETTINGS
@given(TEXT, st.lists(TEXT, max_size=5))
def test_join(cv, sep, parts):
    check(cv, "pyr_str_join", str, lambda: sep.join(parts), sep, parts)


@SETTINGS
@given(st.lists(TEXT, max_size=6))
def test_concat_n(cv, parts):
    before = cv.live()
    made = [cv.new_str(p) for p in parts]
    array = (ctypes.c_void_p * max(1, len(made)))(*made)
    result = cv.rt.c("pyr_str_concat_n", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64)(
        ctypes.addressof(array), len(made))
    assert cv.text(result) == "".join(parts)
    for s in [result, *made]:
        cv.release(s, str)
    assert cv.live() == before


# ---- strip and pad ----

@SETTINGS
@given(st.text(st.sampled_from(" \t\x1c\x85\u3000abé.xy"), max_size=10),
       st.one_of(st.none(), st.text(st.sampled_from(" a.é\u3000"), max_size=3)))
def test_strip(cv, text, chars):
    for name in ("strip", "lstrip", "rstrip"):
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", str, lambda: method(chars), text, chars)


@SETTINGS
@given(TEXT, st.integers(-2, 16), st.one_of(st.none(), st.sampled_from(["*", "é", "", "ab", "\U0001f600"])))
def test_justify(cv, text, width, fill):
    for name in ("ljust", "rjust", "center"):
        method = getattr(text, name)
        args = (width,) if fill is None else (width, fill)
        check(cv, f"pyr_str_{name}", str, lambda: method(*args), text, width, fill)


@SETTINGS
@given(st.text(st.sampled_from("+-12aé"), max_size=6), st.integers(-1, 10))
def test_zfill(cv, text, width):
    check(cv, "pyr_str_zfill", str, lambda: text.zfill(width), text, width)


@SETTINGS
@given(st.text(st.sampled_from("\tab\n\ré"), max_size=10), st.integers(-1, 9))
def test_expandtabs(cv, text, tabsize):
    check(cv, "pyr_str_expandtabs", str, lambda: text.expandtabs(tabsize), text, tabsize)


# ---- case mapping and character classes ----

CASE_METHODS = ["upper", "lower", "casefold", "swapcase", "title", "capitalize"]
PREDICATES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower",
              "isupper", "istitle", "isascii", "isprintable", "isidentifier"]


@SETTINGS
@given(TEXT)
@example("ΑΣ ΣΑ Σ. aΣ\u0345 Σ'a")
@example("ǅungla ǆ ﬁsh ß İstanbul")
def test_case_mapping(cv, text):
    for name in CASE_METHODS:
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", str, method, text)


@SETTINGS
@given(TEXT)
@example("ǅa")
@example("Aǅ")
@example("_a٣")
def test_predicates(cv, text):
    for name in PREDICATES:
        method = getattr(text, name)
        check(cv, f"pyr_str_{name}", bool, method, text)


def test_case_mapping_of_every_code_point(cv):
    """One string of all 1.1 million code points (surrogates included), per mapping."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for name in ("upper", "lower", "casefold", "swapcase", "title"):
        method = getattr(every, name)
        check(cv, f"pyr_str_{name}", str, method, every)


def test_unicode_flags_at_every_boundary(cv):
    """The generated property table looked up in C: every code point where
    a property changes, its neighbours, and a sample of the rest."""
    flags = cv.rt.c("pyr_unicode_flags", ctypes.c_uint32, ctypes.c_uint32)
    decimal = cv.rt.c("pyr_unicode_decimal", ctypes.c_int, ctypes.c_uint32)
    table = [unicode_db.flags_of(cp) for cp in range(0x20000)]  # the planes with most structure
    points = {cp + d for cp in range(1, len(table)) if table[cp] != table[cp - 1] for d in (-1, 0)}
    points |= set(random.Random(5).sample(range(sys.maxunicode + 1), 3000)) | set(range(128))
    for cp in sorted(points):
        expected = table[cp] if cp < len(table) else unicode_db.flags_of(cp)
        assert flags(cp) == expected, hex(cp)
        assert decimal(cp) == (int(chr(cp)) if chr(cp).isdecimal() else -1), hex(cp)


# ---- int(s) and float(s) ----

SPACE = st.sampled_from(["", " ", "\t", "\n ", "\u3000", "\x85", "\xa0", "\x1c"])
DIGITS = st.text(st.sampled_from("0123456789_abcdefxXoObB٣𝟙"), min_size=0, max_size=22)


@SETTINGS
@given(SPACE, st.sampled_from(["", "+", "-", " -"]), st.sampled_from(["", "0x", "0o", "0b", "0X", "0"]),
       DIGITS, SPACE, st.sampled_from([10, 10, 0, 2, 8, 16, 36, 3, 1, 37, -1]))
@example("", "-", "", "9223372036854775808", "", 10)
@example("", "", "", "9223372036854775808", "", 10)
@example("", "", "", "9" * 4301, "", 10)
@example("", "", "", "1" * 4301 + "x", "", 10)
@example("", "", "0x", "f" * 4400, "", 16)
@example("", "", "", "0" * 300 + "1", "", 10)
@example("", "", "", "x" * 300, "", 10)
@example("", "", "", "1\x002", "", 10)
def test_int(cv, lead, sign, prefix, digits, trail, base):
    text = lead + sign + prefix + digits + trail
    expected = cpython(lambda: int(text, base), int64=True)
    got = cv.call("pyr_str_to_int", int, text, base)
    assert same(got, expected), f"int({text!r}, {base}): got {got!r}, CPython {expected!r}"


@SETTINGS
@given(st.integers(INT64_MIN, INT64_MAX), st.sampled_from([2, 8, 10, 16, 36]))
def test_int_roundtrip(cv, value, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text, mag = "", abs(value)
    while True:
        text = digits[mag % base] + text
        mag //= base
        if not mag:
            break
    text = ("-" if value < 0 else "") + text
    check(cv, "pyr_str_to_int", int, lambda: int(text, base), text, base)


FLOAT_TEXT = st.builds(
    lambda lead, sign, mantissa, exp, trail: lead + sign + mantissa + exp + trail,
    SPACE, st.sampled_from(["", "+", "-"]),
    st.text(st.sampled_from("0123456789._٣"), max_size=12) | st.sampled_from(
        ["inf", "INF", "Infinity", "iNfInItY", "nan", "NaN", "infinit", "in f", "nan(1)", "0x10", "1e", "."]),
    st.sampled_from(["", "e5", "E-3", "e+", "e1_0", "_e1", "e308", "e-400", "e99999999999999999999"]),
    SPACE)


@SETTINGS
@given(FLOAT_TEXT)
@example("1_000.000_1")
@example("0.1")
@example("2.2250738585072011e-308")
@example("9007199254740993")
@example("1.5\x00")
@example("١٫٥")
def test_float(cv, text):
    check(cv, "pyr_str_to_float", float, lambda: float(text), text)


@SETTINGS
@given(st.floats(allow_nan=False))
def test_float_roundtrip(cv, x):
    for text in (repr(x), f"{x:.17g}", f"{x:.3e}", f"{x:_f}" if abs(x) < 1e20 else repr(x)):
        check(cv, "pyr_str_to_float", float, lambda: float(text), text)


@pytest.mark.parametrize("name, args, message", [
    ("pyr_str_slice", ("abc", 0, 0, 0, SLICE_STEP), ("ValueError", "slice step cannot be zero")),
    ("pyr_str_index", ("abc", "d", 0, INT64_MAX), ("ValueError", "substring not found")),
    ("pyr_str_split", ("abc", "", -1), ("ValueError", "empty separator")),
    ("pyr_str_ord", ("ab",), ("TypeError", "ord() expected a character, but string of length 2 found")),
    ("pyr_str_chr", (0x110000,), ("ValueError", "chr() arg not in range(0x110000)")),
    ("pyr_str_center", ("a", 5, "ab"), ("TypeError", "The fill character must be exactly one character long")),
    ("pyr_str_to_int", ("x", 10), ("ValueError", "invalid literal for int() with base 10: 'x'")),
    ("pyr_str_to_int", ("1", 1), ("ValueError", "int() base must be >= 2 and <= 36, or 0")),
    ("pyr_str_to_float", ("x", ), ("ValueError", "could not convert string to float: 'x'")),
])
def test_messages(cv, name, args, message):
    """The exact messages the brief names (each is also compared with CPython above)."""
    restype = FUNCTIONS[name][0]
    assert cv.call(name, {"ptr": str, "i64": int, "f64": float, "i1": bool}[restype], *args) == message


def test_int_overflow_is_pyrites_documented_error(cv):
    from pyrite.runtime.abi import OVERFLOW_MESSAGE
    for text in ("9223372036854775808", "-9223372036854775809", "1" * 30, "0x1" + "0" * 16):
        assert cv.call("pyr_str_to_int", int, text, 0) == ("OverflowError", OVERFLOW_MESSAGE)
    assert cv.call("pyr_str_to_int", int, "-9223372036854775808", 10) == ("ok", INT64_MIN)
    assert math.isinf(cv.call("pyr_str_to_float", float, "1e400")[1])
