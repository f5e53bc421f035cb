"""The runtime's int and float arithmetic against CPython: //, %, /, **, pow(b, e, m),
round(), int(x), int <=> float, math.factorial, math.gcd."""

import itertools
import math
import operator
import random
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from pyrite.runtime.abi import NEGATIVE_EXPONENT_MESSAGE, OVERFLOW_MESSAGE

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

INT_EDGES = sorted({
    0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 25, -25, 35, 100, 2**31 - 1, 2**31,
    -(2**31), 2**32 + 1, 2**53 - 1, 2**53, 2**53 + 1, -(2**53 + 1), 2**54 + 3, 2**62,
    10**18, -(10**18), 3**39, 5 * 10**18, 2**63 - 1, -(2**63 - 1), -(2**63),
})

FLOAT_EDGES = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 2.5, -2.5, 3.0, -3.0, 7.0, -7.0,
    0.1, -0.1, 0.3, 1 / 3, 2.675, 123.456, -123.456, math.pi, 1e-300, -1e-300, 5e-324,
    -5e-324, 2.0**-1022, 1e16, 2.0**53, 2.0**53 + 2, 2.0**63, -(2.0**63), 9.2e18, 1e300,
    -1e300, 1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf, math.nan,
]

ints = st.integers(INT64_MIN, INT64_MAX)
# floats spread over every exponent, subnormals, infinities and NaNs included
any_floats = st.integers(0, 2**64 - 1).map(
    lambda bits: struct.unpack("<d", bits.to_bytes(8, "little"))[0])
floats = st.one_of(st.floats(), any_floats, st.sampled_from(FLOAT_EDGES))
mixed_ints = st.one_of(ints, st.sampled_from(INT_EDGES), st.integers(-1000, 1000))


def pairs(values):
    return list(itertools.product(values, repeat=2))


# int // and %

def test_int_floordiv_and_mod_on_edges(runtime):
    for a, b in pairs(INT_EDGES):
        runtime.check("int_floordiv", (a, b), operator.floordiv, int64=True)
        runtime.check("int_mod", (a, b), operator.mod, int64=True)


@settings(max_examples=300, deadline=None)
@given(mixed_ints, mixed_ints)
def test_int_floordiv_and_mod_random(runtime, a, b):
    runtime.check("int_floordiv", (a, b), operator.floordiv, int64=True)
    runtime.check("int_mod", (a, b), operator.mod, int64=True)


# int /

def test_int_truediv_on_edges(runtime):
    for a, b in pairs(INT_EDGES):
        runtime.check("int_truediv", (a, b), operator.truediv)


@settings(max_examples=300, deadline=None)
@given(mixed_ints, mixed_ints)
def test_int_truediv_random(runtime, a, b):
    runtime.check("int_truediv", (a, b), operator.truediv)


def test_int_truediv_rounds_ties_and_near_ties_correctly(runtime):
    rng = random.Random(53)
    for _ in range(3000):
        b = rng.randint(1, 2**rng.randint(1, 63) - 1) * rng.choice((1, -1))
        q = rng.randint(2**52, 2**53)
        a = q * b + rng.choice((0, 1, -1, b // 2, -(b // 2), b // 2 + 1))
        if INT64_MIN <= a <= INT64_MAX:
            runtime.check("int_truediv", (a, b), operator.truediv)


# int **

def test_int_pow(runtime):
    bases = [b for b in INT_EDGES if abs(b) < 2**40] + list(range(-20, 21))
    for base in bases:
        for exp in list(range(0, 70)) + [100, 1000, 2**62]:
            if abs(base) > 1 and exp > 200:
                continue  # CPython would build a huge int just to say "overflow"
            runtime.check("int_pow", (base, exp), operator.pow, int64=True)


def test_int_pow_overflow_with_huge_exponent(runtime):
    assert runtime.call("int_pow", 2, 2**62) == ("OverflowError", OVERFLOW_MESSAGE)
    assert runtime.call("int_pow", -1, 2**62 + 1) == ("ok", -1)
    assert runtime.call("int_pow", -2, 63) == ("ok", -(2**63))


# pow(b, e, m)

def test_int_powmod_on_edges(runtime):
    exps = [0, 1, 2, 3, -1, -2, 62, 2**63 - 1, -(2**63), 12345]
    for b, m in pairs(INT_EDGES):
        for e in exps:
            runtime.check("int_powmod", (b, e, m), pow)


@settings(max_examples=400, deadline=None)
@given(mixed_ints, mixed_ints, mixed_ints)
def test_int_powmod_random(runtime, b, e, m):
    runtime.check("int_powmod", (b, e, m), pow)


# round(int, n)

def test_int_round(runtime):
    values = INT_EDGES + [15, -15, 45, 55, 150, 250, -250, 9_223_372_036_854_775_000]
    for x in values:
        for n in range(-25, 3):
            runtime.check("int_round", (x, n), round, int64=True)
        # CPython would compute 10**(2**63) here; the answers are plain
        assert runtime.call("int_round", x, INT64_MIN) == ("ok", 0)
        assert runtime.call("int_round", x, INT64_MAX) == ("ok", x)


@settings(max_examples=300, deadline=None)
@given(mixed_ints, st.integers(-22, 2))
def test_int_round_random(runtime, x, n):
    runtime.check("int_round", (x, n), round, int64=True)


# math.factorial, math.gcd

def test_factorial(runtime):
    for n in list(range(-3, 26)) + [INT64_MIN, INT64_MAX]:
        if n > 1000:
            assert runtime.call("factorial", n) == ("OverflowError", OVERFLOW_MESSAGE)
        else:
            runtime.check("factorial", (n,), math.factorial, int64=True)


def test_gcd(runtime):
    for a, b in pairs(INT_EDGES):
        runtime.check("gcd", (a, b), math.gcd, int64=True)


@settings(max_examples=300, deadline=None)
@given(mixed_ints, mixed_ints)
def test_gcd_random(runtime, a, b):
    runtime.check("gcd", (a, b), math.gcd, int64=True)


# float // and %

def test_float_floordiv_and_mod_on_edges(runtime):
    for a, b in pairs(FLOAT_EDGES):
        runtime.check("float_floordiv", (a, b), operator.floordiv)
        runtime.check("float_mod", (a, b), operator.mod)


@settings(max_examples=300, deadline=None)
@given(floats, floats)
def test_float_floordiv_and_mod_random(runtime, a, b):
    runtime.check("float_floordiv", (a, b), operator.floordiv)
    runtime.check("float_mod", (a, b), operator.mod)


# float **

def float_pow(x: float, y: float) -> float:
    """x ** y, except that Pyrite raises where CPython returns a complex number."""
    result = x**y
    if isinstance(result, complex):
        raise ValueError("negative number cannot be raised to a fractional power")
    return result


def test_float_pow_on_edges(runtime):
    values = FLOAT_EDGES + [0.25, -8.0, 10.0, 1000.0, -1000.0, 1e-10, 2.0**60 + 1e3, 1.0 + 2**-52]
    for x, y in pairs(values):
        runtime.check("float_pow", (x, y), float_pow)


@settings(max_examples=300, deadline=None)
@given(floats, st.one_of(floats, st.integers(-1100, 1100).map(float)))
def test_float_pow_random(runtime, x, y):
    runtime.check("float_pow", (x, y), float_pow)


# int(x), round(x), int <=> float

def test_float_to_int_and_round_to_int_on_edges(runtime):
    values = FLOAT_EDGES + [0.49999999999999994, -0.5000000000000001, 9.223372036854775e18,
                            -9.223372036854776e18, 4503599627370497.0, 2.5e15 + 0.5]
    for x in values:
        runtime.check("float_to_int", (x,), int, int64=True)
        runtime.check("float_round_to_int", (x,), round, int64=True)


@settings(max_examples=400, deadline=None)
@given(st.one_of(floats, st.floats(-1e19, 1e19)))
def test_float_to_int_and_round_to_int_random(runtime, x):
    runtime.check("float_to_int", (x,), int, int64=True)
    runtime.check("float_round_to_int", (x,), round, int64=True)


def compare(i: int, f: float) -> int:
    """CPython's exact int <=> float comparison as -1 / 0 / 1, or 2 for nan."""
    if math.isnan(f):
        assert not (i < f or i == f or i > f)
        return 2
    return (i > f) - (i < f)


def test_cmp_int_float_on_edges(runtime):
    floats_near = [float(2**53), float(2**63), -float(2**63), 2.0**53 + 2, 2.0**62, 0.5, -0.5]
    for i in INT_EDGES:
        for f in FLOAT_EDGES + floats_near + [float(i), math.nextafter(float(i), math.inf)]:
            runtime.check("cmp_int_float", (i, f), compare)
    assert runtime.call("cmp_int_float", 2**53 + 1, 2.0**53) == ("ok", 1)


@settings(max_examples=300, deadline=None)
@given(mixed_ints, st.one_of(floats, st.floats(-1e19, 1e19)))
def test_cmp_int_float_random(runtime, i, f):
    runtime.check("cmp_int_float", (i, f), compare)
    runtime.check("cmp_int_float", (i, float(i)), compare)


# round(x, n)

def test_float_round_examples(runtime):
    for x, n in [(2.675, 2), (0.125, 2), (1234.5, -1), (-0.5, 0), (0.5, 0), (1.5, 0),
                 (2.5, 0), (5.5, -1), (15.0, -1), (25.0, -1), (-25.0, -1), (45.0, -1),
                 (1.7e308, -308), (1e308, -308), (5e-324, 323), (5e-324, 400), (1.5, -400),
                 (-1.5, -400), (123.456, INT64_MAX), (123.456, INT64_MIN), (0.7, -1),
                 (5e15 + 5, -1), (2.0**60, -5)]:
        runtime.check("float_round", (x, n), round)


def test_float_round_on_edges(runtime):
    for x in FLOAT_EDGES:
        for n in [-400, -309, -308, -307, -20, -5, -2, -1, 0, 1, 2, 5, 17, 300, 323, 324]:
            runtime.check("float_round", (x, n), round)


def near_its_precision(x: float, offset: int) -> tuple[float, int]:
    """n so that round(x, n) cuts x near its last digits -- where rounding is hard."""
    if not math.isfinite(x) or x == 0:
        return x, offset
    return x, -int(math.floor(math.log10(abs(x)))) + offset


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.tuples(floats, st.integers(-330, 330)),
    st.builds(near_its_precision, floats, st.integers(-3, 18)),
    st.tuples(st.integers(-10**7, 10**7).map(lambda k: k / 2 * 10.0**-3), st.integers(-6, 6)),
))
def test_float_round_random(runtime, case):
    runtime.check("float_round", case, round)


def test_int_pow_refuses_a_negative_exponent(runtime):
    # CPython gives a float: one of Pyrite's documented differences
    assert runtime.call("int_pow", 2, -1) == ("ValueError", NEGATIVE_EXPONENT_MESSAGE)
