"""The C runtime's range objects (runtime/c/range.c, ADR 0012) called directly and
compared with CPython's range, extreme bounds included: ranges holding more numbers
than an int64 counts, steps of -2**63, slices whose bounds leave 64 bits.

Pyrite's documented limits (ADR 0012) are applied to CPython's answer: a slice of a
range counting more than 2**63 - 1 numbers, or one whose new start, stop or step does
not fit in 64 bits, is OverflowError. Every test checks that no object leaks."""

import ctypes

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from runtime_values import STR, Type

from pyrite.runtime.abi import OVERFLOW_MESSAGE
from pyrite.runtime.capi.ranges import FUNCTIONS

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
RANGE = Type.get("range")
CTYPES = {"i1": ctypes.c_bool, "i64": ctypes.c_int64, "ptr": ctypes.c_void_p}
SETTINGS = settings(max_examples=300, deadline=None)

EDGES = st.sampled_from([INT64_MIN, INT64_MIN + 1, -(2**62), -3, -1, 0, 1, 2, 3, 2**62, INT64_MAX - 1, INT64_MAX])
INTS = st.integers(-9, 9) | EDGES
STEPS = INTS.filter(lambda s: s != 0)
BOUND = st.none() | INTS

pytestmark = pytest.mark.usefixtures("no_leaks")


def oracle(f) -> tuple:
    """CPython's outcome: ("ok", result) or (exception name, message)."""
    try:
        return "ok", f()
    except (IndexError, ValueError) as error:
        return type(error).__name__, str(error)


def call(rv, name: str, *args) -> tuple:
    ret, params, _ = FUNCTIONS[name]
    result = rv.rt.c(name, CTYPES[ret], *(CTYPES[p] for p in params))(*args)
    exception = rv.rt.take_exception()
    return ("ok", result) if exception is None else exception


def make(rv, start: int, stop: int, step: int) -> int:
    status, r = call(rv, "pyr_range_new", start, stop, step)
    assert status == "ok" and r
    return r


def bounds(rv, r: int) -> tuple[int, int, int]:
    return tuple(call(rv, f"pyr_range_{part}", r)[1] for part in ("start", "stop", "step"))


def count(r: range) -> int:
    """len(r), also where CPython's len() overflows."""
    span = r.stop - r.start if r.step > 0 else r.start - r.stop
    return max(0, (span + abs(r.step) - 1) // abs(r.step))


def within_limits(r: range) -> tuple:
    """CPython's slice result as Pyrite gives it: its bounds, or OverflowError."""
    if any(not INT64_MIN <= b <= INT64_MAX for b in (r.start, r.stop, r.step)):
        return ("OverflowError", OVERFLOW_MESSAGE)
    return ("ok", (r.start, r.stop, r.step))


def within_int64(outcome: tuple) -> tuple:
    """CPython's int result as Pyrite gives it: itself, or OverflowError past 64 bits
    (range(1, -2**63, -1).index(-2**63 + 1) is 2**63)."""
    if outcome[0] == "ok" and not INT64_MIN <= outcome[1] <= INT64_MAX:
        return ("OverflowError", OVERFLOW_MESSAGE)
    return outcome


@given(INTS, INTS, INTS)
@SETTINGS
def test_new_keeps_the_bounds_and_rejects_a_zero_step(rv, start, stop, step):
    outcome = call(rv, "pyr_range_new", start, stop, step)
    if step == 0:
        assert outcome == ("ValueError", "range() arg 3 must not be zero")
        return
    assert outcome[0] == "ok"
    assert bounds(rv, outcome[1]) == (start, stop, step)
    rv.release(outcome[1], RANGE)


@given(INTS, INTS, STEPS, st.lists(INTS, min_size=1, max_size=6))
@example(1, INT64_MIN, -1, [INT64_MIN + 1])  # index 2**63: it came back as -2**63 (found by CI)
@SETTINGS
def test_getitem_contains_and_index_match_cpython(rv, start, stop, step, probes):
    r, py = make(rv, start, stop, step), range(start, stop, step)
    n = count(py)
    for x in probes + [start, stop, start + step if INT64_MIN <= start + step <= INT64_MAX else start]:
        assert call(rv, "pyr_range_getitem", r, x) == oracle(lambda: py[x])
        assert call(rv, "pyr_range_contains", r, x) == ("ok", x in py)
        assert call(rv, "pyr_range_index", r, x) == within_int64(oracle(lambda: py.index(x)))
    for i in (0, -1, n - 1, -n, n, -n - 1):
        if INT64_MIN <= i <= INT64_MAX:
            assert call(rv, "pyr_range_getitem", r, i) == oracle(lambda: py[i])
    rv.release(r, RANGE)


@given(INTS, INTS, STEPS, BOUND, BOUND, st.none() | INTS)
@SETTINGS
def test_getslice_matches_cpython_within_64_bits(rv, start, stop, step, a, b, c):
    r, py = make(rv, start, stop, step), range(start, stop, step)
    omitted = (a is None) | (b is None) << 1 | (c is None) << 2
    outcome = call(rv, "pyr_range_getslice", r, a or 0, b or 0, c or 0, omitted)
    if c == 0:
        expected = ("ValueError", "slice step cannot be zero")
    elif count(py) > INT64_MAX:
        expected = ("OverflowError", OVERFLOW_MESSAGE)
    else:
        expected = within_limits(py[a:b:c])
    if outcome[0] == "ok":
        got = ("ok", bounds(rv, outcome[1]))
        rv.release(outcome[1], RANGE)
    else:
        got = outcome
    assert got == expected
    rv.release(r, RANGE)


@given(INTS, INTS, STEPS, INTS, INTS, STEPS)
@SETTINGS
def test_repr_truth_and_equality_match_cpython(rv, a0, a1, a2, b0, b1, b2):
    x, y = make(rv, a0, a1, a2), make(rv, b0, b1, b2)
    px, py = range(a0, a1, a2), range(b0, b1, b2)
    assert rv.repr(x, RANGE) == repr(px)
    assert rv.call("pyr_truth", x, RANGE.ptr) == ("ok", bool(px))
    assert rv.call("pyr_compare", x, y, RANGE.ptr, 0) == ("ok", px == py)
    assert rv.call("pyr_compare", x, y, RANGE.ptr, 1) == ("ok", px != py)
    assert rv.call("pyr_compare", x, x, RANGE.ptr, 0) == ("ok", True)
    rv.release(x, RANGE)
    rv.release(y, RANGE)


def test_a_range_prints_inside_a_list(rv):
    t = Type.list(RANGE)
    items = [make(rv, 0, 5, 1), make(rv, 10, -10, -4)]
    lst = rv.fn("pyr_list_new")(t.ptr, 0)
    for r in items:
        assert rv.call("pyr_list_append", lst, r)[0] == "ok"
        rv.release(r, RANGE)
    assert rv.repr(lst, t) == "[range(0, 5), range(10, -10, -4)]"
    text = rv.rt.c("pyr_to_str", ctypes.c_void_p, ctypes.c_int64, ctypes.c_void_p)(lst, t.ptr)
    assert rv.value(text, STR) == "[range(0, 5), range(10, -10, -4)]"
    rv.release(text, STR)
    rv.release(lst, t)


def test_hashing_a_range_is_refused(rv):
    r = make(rv, 0, 1, 1)
    assert rv.call("pyr_hash", r, RANGE.ptr)[0] == "ValueError"
    rv.release(r, RANGE)


def test_every_entry_point_exists(runtime):
    assert not [name for name in FUNCTIONS if not runtime.engine.get_function_address(name)]
