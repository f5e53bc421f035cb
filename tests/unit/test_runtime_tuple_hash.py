"""The C runtime's tuple hash (runtime/c/value.c) against CPython's own hash().

A dict or set with tuple keys probes, grows and iterates as CPython's only if
every key hashes as in CPython; test_runtime_set.py checks the order itself.
CPython (3.8 on, 64-bit) mixes the item hashes with an xxHash-style round per
item, adds the length, and never returns -1 (reserved for errors). Str items
are the exception: CPython's str hash is seeded per process, Pyrite's is fixed,
so for them the combination is checked against `combine` below, itself checked
against hash() on int tuples.

Every test checks that the objects it made are freed."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_values import BOOL, FLOAT, INT, NAN_HASH, STR, Type

SETTINGS = settings(max_examples=200, deadline=None)
EDGES = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, -(2**63)]
INTS = st.integers(-(2**63), 2**63 - 1) | st.sampled_from(EDGES)
FLOATS = st.floats(allow_nan=False) | st.sampled_from([0.0, -0.0, math.inf, -math.inf, 5e-324, 2.0**61, -1.0])
STRS = st.text(max_size=6) | st.sampled_from(["", "a", "é", "😀"])

pytestmark = pytest.mark.usefixtures("no_leaks")

MASK = 2**64 - 1
P1, P2, P5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
LENGTH_SALT = P5 ^ 3527539  # keeps hash(()) at its historical value
RESERVED = 1546275796  # what a tuple hashes to when the mix gives -1


def _rotl31(x: int) -> int:
    return ((x << 31) | (x >> 33)) & MASK


def _rotr31(x: int) -> int:
    return ((x >> 31) | (x << 33)) & MASK


def _mix(acc: int, lane: int) -> int:
    return _rotl31((acc + (lane & MASK) * P2) & MASK) * P1 & MASK


def combine(item_hashes: list[int]) -> int:
    """CPython's tuple hash of items with these hashes (a reference for the test)."""
    acc = P5
    for h in item_hashes:
        acc = _mix(acc, h)
    acc = (acc + (len(item_hashes) ^ LENGTH_SALT)) & MASK
    if acc == MASK:
        return RESERVED
    return acc - 2**64 if acc >= 2**63 else acc


def runtime_hash(rv, value, t: Type) -> tuple:
    obj = rv.new(value, t)
    try:
        return rv.call("pyr_hash", obj, t.ptr)
    finally:
        rv.release(obj, t)


@SETTINGS
@given(st.lists(INTS, max_size=12))
def test_int_tuples_of_any_length(rv, items):
    value = tuple(items)
    assert runtime_hash(rv, value, Type.tuple_of(INT)) == ("ok", hash(value))


@SETTINGS
@given(INTS, FLOATS, st.booleans(), INTS)
def test_fixed_tuples_of_mixed_items(rv, a, x, flag, b):
    value = (a, x, flag, b)
    assert runtime_hash(rv, value, Type.tuple(INT, FLOAT, BOOL, INT)) == ("ok", hash(value))


@SETTINGS
@given(st.lists(st.tuples(INTS, st.lists(FLOATS, max_size=3).map(tuple)), max_size=4))
def test_nested_tuples(rv, items):
    value = tuple(items)
    t = Type.tuple_of(Type.tuple(INT, Type.tuple_of(FLOAT)))
    assert runtime_hash(rv, value, t) == ("ok", hash(value))


@pytest.mark.parametrize("depth", [0, 1, 2, 5, 20])
def test_deeply_nested_tuples(rv, depth):
    value, t = (-1,), Type.tuple(INT)
    for level in range(depth):
        value, t = (value, level), Type.tuple(t, INT)
    assert runtime_hash(rv, value, t) == ("ok", hash(value))


def test_empty_and_single_item_tuples(rv):
    for value, t in [((), Type.tuple()), ((), Type.tuple_of(INT)), ((0,), Type.tuple(INT)),
                     ((-1,), Type.tuple(INT)), ((-2,), Type.tuple(INT)), ((-0.0,), Type.tuple(FLOAT)),
                     ((True,), Type.tuple(BOOL)), ((math.inf,), Type.tuple(FLOAT))]:
        assert runtime_hash(rv, value, t) == ("ok", hash(value)), value


def test_minus_one_items_hash_as_minus_two(rv):
    """hash(-1) is -2, so (-1, 5) and (-2, 5) collide, as in CPython (== tells them apart)."""
    t = Type.tuple(INT, INT)
    assert runtime_hash(rv, (-1, 5), t) == runtime_hash(rv, (-2, 5), t) == ("ok", hash((-1, 5)))


def test_equal_values_of_other_item_types_hash_alike(rv):
    """hash((1, 2.0)) == hash((1, 2)) == hash((True, 2)): numbers that are equal hash
    alike, so the tuples do too (one dict holds one key type in Pyrite; the values
    still agree with CPython)."""
    expected = ("ok", hash((1, 2)))
    assert runtime_hash(rv, (1, 2.0), Type.tuple(INT, FLOAT)) == expected
    assert runtime_hash(rv, (1, 2), Type.tuple(INT, INT)) == expected
    assert runtime_hash(rv, (True, 2), Type.tuple(BOOL, INT)) == expected
    assert runtime_hash(rv, (1.0, 2.0), Type.tuple_of(FLOAT)) == expected


def _pair_hashing_to_minus_one(first: int) -> tuple[int, int] | None:
    """(first, second) whose mix ends at -1, solved backwards (P1 and P2 are odd, so
    invertible modulo 2**64); None if the needed second hash is no int's hash."""
    end = (MASK - (2 ^ LENGTH_SALT)) & MASK
    before_mul = _rotr31(end * pow(P1, -1, 2**64) & MASK)
    lane = (before_mul - _mix(P5, first)) * pow(P2, -1, 2**64) & MASK
    second = lane - 2**64 if lane >= 2**63 else lane
    return (first, second) if abs(second) < 2**61 - 1 and second != -1 else None


def test_the_reserved_result(rv):
    """A mix that gives -1 (CPython's error value) returns 1546275796 instead."""
    pair = next(p for p in map(_pair_hashing_to_minus_one, range(100)) if p is not None)
    assert hash(pair) == RESERVED
    assert runtime_hash(rv, pair, Type.tuple(INT, INT)) == ("ok", RESERVED)


@SETTINGS
@given(st.lists(INTS, max_size=6))
def test_the_reference_combine_is_cpythons(items):
    assert combine([hash(x) for x in items]) == hash(tuple(items))


@SETTINGS
@given(st.lists(st.tuples(STRS, INTS), max_size=4))
def test_str_items_combine_as_cpython_does(rv, items):
    """The tuple hash of (str, int) pairs from Pyrite's own str hashes."""
    value = tuple(items)
    t = Type.tuple_of(Type.tuple(STR, INT))
    pair_hashes = [combine([runtime_hash(rv, s, STR)[1], hash(n)]) for s, n in items]
    assert runtime_hash(rv, value, t) == ("ok", combine(pair_hashes))


def test_nan_item_is_an_error_at_any_depth(rv):
    t = Type.tuple(INT, Type.tuple(Type.tuple_of(FLOAT), STR))
    assert runtime_hash(rv, (1, ((0.5, math.nan), "a")), t) == ("ValueError", NAN_HASH)
