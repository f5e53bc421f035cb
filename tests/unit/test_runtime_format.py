"""The formatting runtime (runtime/c/format_spec.c, float_format.c, str_format.c,
str_mod.c) compared with CPython: format(value, spec) over generated specs and
values, fmt % args, fmt.format(...), ascii(). Results and error messages must
match exactly, and no object may leak (cvalues.CValues.call)."""

import pytest
from conftest import INT64_MAX, INT64_MIN, cpython, same
from cvalues import CValues, Typed, type_of
from hypothesis import example, given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=200, deadline=None)


@pytest.fixture(scope="module")
def cv(runtime):
    return CValues(runtime)


def check(cv, name, oracle, *args):
    expected = cpython(oracle)
    got = cv.call(name, str, *args)
    assert same(got, expected), f"{name}{args}: got {got!r}, CPython {expected!r}"


# ---- format(value, spec) ----

def spec_strategy():
    pick = st.sampled_from
    fill_align = st.one_of(pick(["", "<", ">", "^", "="]),
                           st.tuples(pick(["*", "0", "é", " ", "\U0001f600", "{", "z"]),
                                     pick(["<", ">", "^", "="])).map("".join))
    parts = st.tuples(
        fill_align, pick(["", "", "+", "-", " "]), pick(["", "", "z"]), pick(["", "", "#"]),
        pick(["", "", "0"]), pick(["", "", "1", "5", "12", "31", "٣"]),
        pick(["", "", "", ",", "_", ",_", "_,", ",,"]),
        pick(["", "", "", ".0", ".1", ".3", ".12", ".", ".25", ".٢"]),
        pick(["", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r", "y", "é"]))
    return parts.map("".join) | st.text(st.sampled_from("<>^=+- z#0123456789,_.dxfegs%é"), max_size=6)


SPEC = spec_strategy()
INTS = st.integers(INT64_MIN, INT64_MAX) | st.sampled_from(
    [0, 1, -1, 7, 65, 255, -255, 1234567, 0x1F600, 0x10FFFF, 0x110000, 2**53 + 1, INT64_MIN, INT64_MAX])
FLOATS = st.floats() | st.sampled_from(
    [0.0, -0.0, 0.5, 1.5, 2.5, -0.0001, 0.1, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 1e22, 1e300, 5e-324,
     float("inf"), float("-inf"), float("nan"), 0.125, 9.995, 1234.5678])
STRS = st.text(st.sampled_from("ab é\U0001f600Z"), max_size=8)


@SETTINGS
@given(INTS, SPEC)
@example(1234, "010,")
@example(-1234567, "=+15,")
@example(12345678, "#_b")
@example(65, "x^5c")
def test_format_int(cv, value, spec):
    check(cv, "pyr_format_int", lambda: format(value, spec), value, spec)
    check(cv, "pyr_format_value", lambda: format(value, spec), Typed(value, int), spec)


@SETTINGS
@given(FLOATS, SPEC)
@example(1e16, "")
@example(123.0, ".3")
@example(1.0, "#.0")
@example(-0.0001, "z.2f")
@example(1234.5, "015,.1f")
@example(float("inf"), "010")
@example(1e300, "%")
@example(1.5, ".3000000000f")
def test_format_float(cv, value, spec):
    check(cv, "pyr_format_float", lambda: format(value, spec), value, spec)


@SETTINGS
@given(st.booleans(), SPEC)
def test_format_bool(cv, value, spec):
    check(cv, "pyr_format_bool", lambda: format(value, spec), value, spec)


@SETTINGS
@given(STRS, SPEC)
@example("ab", "010")
@example("abc", "^7")
def test_format_str(cv, value, spec):
    check(cv, "pyr_format_str", lambda: format(value, spec), value, spec)


@pytest.mark.parametrize("value", [None, [1, 2], ["a"], (1, "b"), (2.5,)])
@pytest.mark.parametrize("spec", ["", "s", ">10"])
def test_format_other_types(cv, value, spec):
    """object.__format__: only the empty spec, which gives str(value)."""
    check(cv, "pyr_format_value", lambda: format(value, spec), Typed(value, type_of(value)), spec)


@SETTINGS
@given(st.floats(allow_nan=False) | FLOATS, st.integers(0, 20), st.sampled_from("eEfFgG%"), st.booleans())
def test_float_digits(cv, value, precision, code, alt):
    """Every rounding of a float: the digits come from the C library, the layout is CPython's."""
    spec = f"{'#' if alt else ''}.{precision}{code}"
    check(cv, "pyr_format_float", lambda: format(value, spec), value, spec)


@SETTINGS
@given(st.floats() | FLOATS | st.integers(-(10**18), 10**18).map(float),
       st.sampled_from(["", ">25", "+", ".0", ".1", ".3", ".16", ".17", "#", "#.3", "z", ",", "_.5"]))
@example(1e15, "")
@example(1e16, "")
@example(0.0001, "")
@example(0.00001, "")
def test_float_without_type(cv, value, spec):
    """No presentation type: repr's digits ('' with no precision) or 'g' keeping a '.0'."""
    check(cv, "pyr_format_float", lambda: format(value, spec), value, spec)


@pytest.mark.parametrize("value", [None, 1, -2.5, "a'é\U0001f600\n", ["é"], (1, "\x7f")])
def test_ascii(cv, value):
    check(cv, "pyr_ascii", lambda: ascii(value), Typed(value, type_of(value)))


# ---- fmt % args ----

VALUES = (st.integers(-300, 300) | st.sampled_from([INT64_MIN, 65, 0x110000]) | FLOATS | st.booleans()
          | STRS | st.sampled_from([None, [1, 2], ["é"]]))


SUITED = {"d": INTS, "i": st.booleans(), "o": INTS, "u": st.integers(-99, 99), "x": INTS, "X": INTS,
          "e": FLOATS, "E": FLOATS, "f": FLOATS, "F": FLOATS, "g": FLOATS, "G": FLOATS,
          "c": st.sampled_from([65, 0xE9, 0x1F600, "é", "z"]), "s": VALUES, "r": VALUES, "a": VALUES}


@st.composite
def mod_case(draw):
    """A format with conversions and, mostly, arguments that suit them."""
    pick = st.sampled_from
    fmt, args = "", []
    for _ in range(draw(st.integers(0, 4))):
        fmt += draw(pick(["", "", "ab", " ", "é", "%%"]))
        kind = draw(pick(list(SUITED) + ["%", "y", "é", ""]))
        width, precision = draw(pick(["", "", "5", "12", "*"])), draw(pick(["", "", ".2", ".0", ".*", ".", ".15"]))
        fmt += "%" + draw(st.text(pick("-+ #0"), max_size=3)) + width + precision \
            + draw(pick(["", "", "", "l"])) + kind
        for star in (width, precision):
            if "*" in star:
                args.append(draw(st.integers(-12, 12)))
        args.append(draw(SUITED.get(kind, VALUES) if draw(st.integers(0, 9)) else VALUES))
    if draw(st.integers(0, 9)) == 0:  # a missing or surplus argument
        args = args[:-1] if args and draw(st.booleans()) else args + [draw(VALUES)]
    return fmt, args


@SETTINGS
@given(mod_case(), st.booleans())
@example(("%5.2f|%-4d|%s", [3.14159, 7, "x"]), True)
@example(("%#010x|%+.3e|%c", [-255, -0.0, "é"]), True)
@example(("abc", [[1]]), False)
@example(("%(k)s", [[1]]), False)
@example(("%(k)s", [5]), False)
@example(("%d", [1e30]), False)
@example(("%", []), True)
def test_mod(cv, case, as_tuple):
    fmt, values = case
    args = tuple(values) if as_tuple or len(values) != 1 else values[0]
    check(cv, "pyr_str_mod", lambda: fmt % args, fmt, Typed(args, type_of(args)))


# ---- fmt.format(*args, **kwargs) ----

def field():
    pick = st.sampled_from
    return st.tuples(
        st.just("{"), pick(["", "", "0", "1", "2", "k", "0[1]", "1[0]", "0[", "0[]", "x", "0.", "0[0]x"]),
        pick(["", "", "!r", "!s", "!a", "!x", "!"]),
        pick(["", "", ":>5", ":{}", ":{0}", ":.2f", ":x", ":{:{}}", ":^{1}", ":", ":{{}}"]),
        pick(["}", "}", "}", "", "}}"])).map("".join)


FORMAT = st.lists(field() | st.sampled_from(["ab", "{{", "}}", "}", "{", "é"]), max_size=4).map("".join)


@SETTINGS
@given(FORMAT, st.lists(VALUES | st.sampled_from(["ab", (1, 2.5)]), max_size=3), st.booleans())
@example("{:>{}.{}f}", [3.14159, 10, 2], False)
@example("{k!r:^9}{0}", [1], True)
def test_format_method(cv, fmt, values, keywords):
    args = tuple(values)
    names, kwvalues = (("k",), ("kw",)) if keywords else (None, None)
    kwargs = dict(zip(names, kwvalues, strict=True)) if keywords else {}
    check(cv, "pyr_str_format", lambda: fmt.format(*args, **kwargs), fmt, args, names, kwvalues)


@pytest.mark.parametrize("fmt, args", [
    ("{", ()), ("}", ()), ("{}{", (1,)), ("{:", (1,)), ("{!", (1,)), ("{!r", (1,)), ("{!rx}", (1,)),
    ("{!x}", (1,)), ("{!\u00e9}", (1,)), ("{0", (1,)), ("{a{}", (1,)), ("{}{0}", (1,)), ("{0}{}", (1,)),
    ("{1}", (1,)), ("{x}", (1,)), ("{:{:{}}}", (1, 2, 3)), ("{0[5]}", ([5, 6],)), ("{0[]}", ([1],)),
    ("{0[0]x}", ([1],)), ("{0.}", (1,)), ("{99999999999999999999}", (1,)), ("{0[a]}", ("ab",)),
    ("{0[0]}", (5,)), ("{\u0661}", (7, 8)), ("{:\u0665}", (7,)), ("{0:}}}", (1,)), ("{:{{}}}", (1,)),
])
def test_format_method_messages(cv, fmt, args):
    check(cv, "pyr_str_format", lambda: fmt.format(*args), fmt, args, None, None)


def test_unsupported_fields_say_so(cv):
    """Attribute fields are outside Pyrite's runtime: a clear error, not a wrong answer."""
    got = cv.call("pyr_str_format", str, "{0.real}", (1,), None, None)
    assert got[0] == "NotImplementedError" and "attribute" in got[1]
