"""The C runtime's lists and tuples (runtime/c/list*.c, tuple.c) and its by-type
helpers (value.c), called directly and compared with CPython.

Every test checks that the runtime's live-object count is back where it started
once everything made is released. Dicts and sets: test_runtime_dict.py,
test_runtime_set.py; the harness: runtime_values.py."""

import math
import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_values import (BOOL, FLOAT, INT, INT64_MAX, NAN_EQ, NAN_HASH, OP_CODE, OPS, PY_OP, STR, Type,
                            canon, cpython, float_bits, got, slice_args)

from pyrite.runtime.abi import OVERFLOW_MESSAGE
from pyrite.runtime.capi.containers import FUNCTIONS

NAN, INF = math.nan, math.inf
SETTINGS = settings(max_examples=60, deadline=None)

STRS = st.sampled_from(["", "a", "b", "ab", "é", "😀", "a'b"])
ELEMENTS = {  # element type -> values with many duplicates (no NaN: see the NaN tests)
    "int": (INT, st.integers(-6, 6) | st.sampled_from([2**63 - 1, -(2**63)])),
    "float": (FLOAT, st.sampled_from([0.0, -0.0, 1.5, -2.25, 3.0, INF, -INF, 1e300])),
    "str": (STR, STRS),
    "bool": (BOOL, st.booleans()),  # one byte per item (ADR 0013)
    "list[str]": (Type.list(STR), st.lists(STRS, max_size=3)),
}


pytestmark = pytest.mark.usefixtures("no_leaks")


# ---- lists: random sequences of operations against a Python list ----

def list_ops(values):
    small = st.integers(-8, 8)
    maybe = st.none() | st.integers(-7, 7)
    step = st.none() | st.sampled_from([-3, -2, -1, 1, 2, 3, 0])
    other = st.lists(values, max_size=5) | st.just("self")
    return st.lists(st.one_of(
        st.tuples(st.just("append"), values),
        st.tuples(st.just("insert"), small, values),
        st.tuples(st.just("pop"), small), st.tuples(st.just("delitem"), small),
        st.tuples(st.just("getitem"), small), st.tuples(st.just("setitem"), small, values),
        st.tuples(st.just("remove"), values), st.tuples(st.just("count"), values),
        st.tuples(st.just("contains"), values), st.tuples(st.just("index"), values, maybe, maybe),
        st.tuples(st.just("extend"), other), st.tuples(st.just("setslice"), maybe, maybe, step, other),
        st.tuples(st.just("getslice"), maybe, maybe, step), st.tuples(st.just("delslice"), maybe, maybe, step),
        st.tuples(st.just("irepeat"), st.integers(-1, 3)), st.tuples(st.just("repeat"), st.integers(-1, 3)),
        st.tuples(st.just("concat"), st.lists(values, max_size=4)), st.tuples(st.just("sort"), st.booleans()),
        st.tuples(st.just("compare"), st.lists(values, max_size=5), st.sampled_from(OPS)),
        st.just(("clear",)), st.just(("reverse",)), st.just(("copy",)), st.just(("pop_last",)),
    ), max_size=25)


class ListRun:
    """Applies one operation to a Python list and to the runtime list; both outcomes."""

    def __init__(self, rv, t: Type):
        self.rv, self.t, self.e = rv, t, t.args[0]
        self.py: list = []
        self.l = rv.new([], t)

    def elem(self, x):
        return self.rv.new(x, self.e)

    def with_elem(self, x, f):
        bits = self.elem(x)
        try:
            return f(bits)
        finally:
            self.rv.release(bits, self.e)

    def with_list(self, other, f):
        if other == "self":
            return f(self.l)
        obj = self.rv.new(other, self.t)
        try:
            return f(obj)
        finally:
            self.rv.release(obj, self.t)

    def step(self, op) -> tuple[tuple, tuple]:
        name, *a = op
        py, l, rv, e, t = self.py, self.l, self.rv, self.e, self.t
        other = (lambda o: py if o == "self" else o)
        match name:
            case "append":
                return cpython(lambda: py.append(a[0])), self.with_elem(a[0], lambda x: got(rv, "pyr_list_append", l, x))
            case "insert":
                return (cpython(lambda: py.insert(a[0], a[1])),
                        self.with_elem(a[1], lambda x: got(rv, "pyr_list_insert", l, a[0], x)))
            case "pop":
                return cpython(lambda: py.pop(a[0])), got(rv, "pyr_list_pop", l, a[0], result=e)
            case "pop_last":
                return cpython(lambda: py.pop()), got(rv, "pyr_list_pop", l, -1, result=e)
            case "delitem":
                def delete():
                    del py[a[0]]
                return cpython(delete), got(rv, "pyr_list_delitem", l, a[0])
            case "getitem":
                return cpython(lambda: py[a[0]]), got(rv, "pyr_list_get", l, a[0], result=e)
            case "setitem":
                def assign():
                    py[a[0]] = a[1]
                return cpython(assign), self.with_elem(a[1], lambda x: got(rv, "pyr_list_set", l, a[0], x))
            case "remove" | "count" | "contains":
                f = {"remove": lambda: py.remove(a[0]), "count": lambda: py.count(a[0]),
                     "contains": lambda: a[0] in py}[name]
                return cpython(f), self.with_elem(a[0], lambda x: got(rv, f"pyr_list_{name}", l, x))
            case "index":
                start, stop = a[1] if a[1] is not None else 0, a[2] if a[2] is not None else INT64_MAX
                return (cpython(lambda: py.index(a[0], start, stop)),
                        self.with_elem(a[0], lambda x: got(rv, "pyr_list_index", l, x, start, stop)))
            case "extend":
                return cpython(lambda: py.extend(other(a[0]))), self.with_list(a[0], lambda o: got(rv, "pyr_list_extend", l, o))
            case "getslice":
                return cpython(lambda: py[slice(*a)]), got(rv, "pyr_list_getslice", l, *slice_args(*a), result=t)
            case "setslice":
                def assign_slice():
                    py[slice(*a[:3])] = list(other(a[3]))
                return cpython(assign_slice), self.with_list(
                    a[3], lambda o: got(rv, "pyr_list_setslice", l, *slice_args(*a[:3]), o))
            case "delslice":
                def delete_slice():
                    del py[slice(*a)]
                return cpython(delete_slice), got(rv, "pyr_list_delslice", l, *slice_args(*a))
            case "irepeat":
                def irepeat():
                    self.py *= a[0]
                return cpython(irepeat), got(rv, "pyr_list_irepeat", l, a[0])
            case "repeat":
                return cpython(lambda: py * a[0]), got(rv, "pyr_list_repeat", l, a[0], result=t)
            case "concat":
                return cpython(lambda: py + a[0]), self.with_list(a[0], lambda o: got(rv, "pyr_list_concat", l, o, result=t))
            case "sort":
                return cpython(lambda: py.sort(reverse=a[0])), got(rv, "pyr_list_sort", l, int(a[0]))
            case "compare":
                return (cpython(lambda: PY_OP[a[1]](py, a[0])),
                        self.with_list(a[0], lambda o: got(rv, "pyr_compare", l, o, t.ptr, OP_CODE[a[1]])))
            case "clear":
                return cpython(py.clear), got(rv, "pyr_list_clear", l)
            case "reverse":
                return cpython(py.reverse), got(rv, "pyr_list_reverse", l)
            case "copy":
                return cpython(py.copy), got(rv, "pyr_list_copy", l, result=t)
        raise AssertionError(name)


@pytest.mark.parametrize("element", ELEMENTS)
def test_list_operations_match_cpython(rv, element):
    t, values = Type.list(ELEMENTS[element][0]), ELEMENTS[element][1]

    @SETTINGS
    @given(list_ops(values))
    def run(ops):
        before = rv.live()
        run = ListRun(rv, t)
        for op in ops:
            if len(run.py) > 30 and op[0] in ("irepeat", "extend", "setslice"):
                continue
            expected, actual = run.step(op)
            assert actual == expected, f"{op}: got {actual}, CPython {expected}"
            assert rv.py(run.l, t) == canon(run.py), f"after {op}"
        rv.release(run.l, t)
        assert rv.live() == before

    run()


@pytest.mark.parametrize("case", [
    ([1, 2, 3], (None, None, 2), [9]),          # extended slice of size 2
    ([1, 2, 3], (None, None, -1), [9, 8]),
    ([1, 2, 3, 4], (1, 3, 1), []),              # plain slices change the size
    ([1, 2, 3], (5, 1, None), [7, 8]),          # inserted before 5, not before 1
    ([1, 2, 3], (None, None, 0), [7]),
])
def test_slice_assignment_errors_and_edges(rv, case):
    start, (a, b, c), src = case
    t = Type.list(INT)
    py, l, s = list(start), rv.new(start, t), rv.new(src, t)

    def assign():
        py[slice(a, b, c)] = src
    assert got(rv, "pyr_list_setslice", l, *slice_args(a, b, c), s) == cpython(assign)
    assert rv.py(l, t) == canon(py)
    rv.release(l, t)
    rv.release(s, t)


def test_index_error_messages(rv):
    t = Type.list(STR)
    l = rv.new(["a"], t)
    x = rv.new("it's", STR)
    assert got(rv, "pyr_list_index", l, x, 0, INT64_MAX) == cpython(lambda: ["a"].index("it's"))
    assert got(rv, "pyr_list_remove", l, x) == cpython(lambda: ["a"].remove("it's"))
    empty = rv.new([], t)
    assert got(rv, "pyr_list_pop", empty, -1) == cpython(lambda: [].pop())
    assert got(rv, "pyr_list_pop", l, 3) == cpython(lambda: ["a"].pop(3))
    assert got(rv, "pyr_list_get", l, -2) == cpython(lambda: ["a"][-2])
    assert got(rv, "pyr_list_delitem", l, 1) == cpython(lambda: ["a"].__delitem__(1))
    assert got(rv, "pyr_list_set", l, 1, x) == cpython(lambda: ["a"].__setitem__(1, "x"))
    for obj, typ in ((l, t), (x, STR), (empty, t)):
        rv.release(obj, typ)


def test_index_bounds_exhaustively(rv):
    """list.index(x, start, stop) and tuple.index over every small bound."""
    value, lt, tt = [1, 2, 3, 2, 1], Type.list(INT), Type.tuple_of(INT)
    l, t = rv.new(value, lt), rv.new(tuple(value), tt)
    for x in range(5):
        for start in range(-7, 8):
            for stop in range(-7, 8):
                assert got(rv, "pyr_list_index", l, x, start, stop) == cpython(lambda: value.index(x, start, stop))
                assert got(rv, "pyr_tuple_index", t, x, start, stop) == cpython(
                    lambda: tuple(value).index(x, start, stop))
    rv.release(l, lt)
    rv.release(t, tt)


def test_slices_exhaustively(rv):
    """Every small start, stop and step (or their absence) on a 5-item list."""
    value, t = [10, 11, 12, 13, 14], Type.list(INT)
    bounds, steps = [None, *range(-7, 8)], [None, -3, -2, -1, 0, 1, 2, 3]
    src = rv.new([7, 8], t)
    for a in bounds:
        for b in bounds:
            for c in steps:
                l, py = rv.new(value, t), list(value)
                assert got(rv, "pyr_list_getslice", l, *slice_args(a, b, c), result=t) == cpython(lambda: py[a:b:c])
                assert got(rv, "pyr_list_setslice", l, *slice_args(a, b, c), src) == cpython(
                    lambda: py.__setitem__(slice(a, b, c), [7, 8]))
                assert got(rv, "pyr_list_delslice", l, *slice_args(a, b, c)) == cpython(
                    lambda: py.__delitem__(slice(a, b, c)))
                assert rv.value(l, t) == py
                rv.release(l, t)
    rv.release(src, t)


def test_list_of_strings_refcounts(rv):
    """A str stored in two lists is shared; each list holds one reference."""
    t = Type.list(STR)
    s = rv.new("shared", STR)
    a, b = rv.new([], t), rv.new([], t)
    rv.call("pyr_list_append", a, s)
    rv.call("pyr_list_extend", b, a)
    rv.call("pyr_list_irepeat", b, 3)
    assert rv.rc(s) == 1 + 1 + 3
    rv.release(a, t)
    rv.call("pyr_list_clear", b)
    assert rv.rc(s) == 1
    rv.release(b, t)
    rv.release(s, STR)


def test_nested_repr_matches_cpython(rv):
    t = Type.list(Type.tuple(STR, Type.list(FLOAT), BOOL))
    value = [("a'\"", [1.5, -0.0, INF, NAN], True), ("", [], False)]
    obj = rv.new(value, t)
    assert rv.repr(obj, t) == repr(value)
    rv.release(obj, t)
    one = Type.tuple(INT)
    obj = rv.new((5,), one)
    assert rv.repr(obj, one) == "(5,)"
    rv.release(obj, one)


# ---- sorting ----

FLOAT_KEYS = st.sampled_from([NAN, NAN, 1.0, 2.0, -1.0, 0.0, -0.0, INF, 0.5])


def runs(values):
    """Lists made of sorted, reversed and random stretches: they exercise timsort's
    run detection, merges and galloping, not only binary insertion."""
    stretch = st.tuples(st.sampled_from(["asc", "desc", "random"]), st.lists(values, max_size=90))
    return st.lists(stretch, max_size=6).map(lambda parts: [
        x for kind, part in parts
        for x in (sorted(part, key=_total) if kind == "asc" else sorted(part, key=_total, reverse=True)
                  if kind == "desc" else part)])


def _total(x):
    return (x != x, x) if isinstance(x, float) else x


@SETTINGS
@given(runs(FLOAT_KEYS), st.booleans())
def test_sort_with_nan_keys_is_cpythons(rv, keys, reverse):
    """With NaN, "<" is not an order and the result depends on every decision of
    CPython's sort: the permutation must be the same."""
    n = len(keys)
    items = rv.new(list(range(n)), Type.list(INT))
    key_list = rv.new(keys, Type.list(FLOAT))
    rv.call("pyr_list_sort_keyed", items, key_list, int(reverse))
    assert rv.value(items, Type.list(INT)) == sorted(range(n), key=keys.__getitem__, reverse=reverse)
    plain = rv.new(keys, Type.list(FLOAT))
    rv.call("pyr_list_sort", plain, int(reverse))
    assert rv.py(plain, Type.list(FLOAT)) == canon(sorted(keys, reverse=reverse))
    for obj, t in ((items, Type.list(INT)), (key_list, Type.list(FLOAT)), (plain, Type.list(FLOAT))):
        rv.release(obj, t)


def random_runs(rng, n: int) -> list:
    """n floats, a quarter of them NaN, in sorted, reversed and shuffled stretches."""
    out: list = []
    while len(out) < n:
        part = [NAN if rng.random() < 0.25 else rng.choice([rng.random(), float(rng.randint(0, 5))])
                for _ in range(rng.randint(1, 300))]
        kind = rng.random()
        if kind < 0.6:
            part.sort(key=_total, reverse=kind < 0.3)
        out += part
    return out[:n]


@pytest.mark.parametrize("seed", range(4))
def test_sort_of_long_lists_with_nan_is_cpythons(rv, seed):
    """Long lists reach galloping merges, whose every threshold shows with NaN."""
    rng = random.Random(seed)
    for n in (100, 700, 2500, 6000) * 6:
        keys, reverse = random_runs(rng, n), rng.random() < 0.5
        items, key_list = rv.new(list(range(n)), Type.list(INT)), rv.new(keys, Type.list(FLOAT))
        rv.call("pyr_list_sort_keyed", items, key_list, int(reverse))
        assert rv.value(items, Type.list(INT)) == sorted(range(n), key=keys.__getitem__, reverse=reverse)
        rv.release(items, Type.list(INT))
        rv.release(key_list, Type.list(FLOAT))


@pytest.mark.parametrize("kind", ["int", "small int", "int extremes", "float", "bool"])
def test_long_sorts_without_nan(rv, kind):
    """Int, bool and NaN-free float keys take the radix path (n >= 256): the
    permutation must still be CPython's, with -0.0 and 0.0 kept in order."""
    rng = random.Random(kind)
    draw = {"int": lambda: rng.randrange(-(2**63), 2**63), "small int": lambda: rng.randrange(-3, 300),
            "int extremes": lambda: rng.choice([-(2**63), 2**63 - 1, -1, 0, 2**62]),
            "float": lambda: rng.choice([0.0, -0.0, 1.5, -1e300, INF, -INF, rng.random(), -rng.random()]),
            "bool": lambda: rng.random() < 0.5}[kind]
    t = {"float": FLOAT, "bool": BOOL}.get(kind, INT)
    for n in (255, 256, 1000, 5000):
        for reverse in (False, True):
            keys = [draw() for _ in range(n)]
            items, key_list = rv.new(list(range(n)), Type.list(INT)), rv.new(keys, Type.list(t))
            rv.call("pyr_list_sort_keyed", items, key_list, int(reverse))
            assert rv.value(items, Type.list(INT)) == sorted(range(n), key=keys.__getitem__, reverse=reverse)
            plain = rv.new(keys, Type.list(t))
            rv.call("pyr_list_sort", plain, int(reverse))
            assert rv.py(plain, Type.list(t)) == canon(sorted(keys, reverse=reverse))
            for obj, typ in ((items, Type.list(INT)), (key_list, Type.list(t)), (plain, Type.list(t))):
                rv.release(obj, typ)


@SETTINGS
@given(runs(st.integers(0, 40)), st.booleans())
def test_keyed_sort_is_stable(rv, values, reverse):
    t = Type.list(INT)
    items = rv.new(list(range(len(values))), t)
    keys = rv.new([v // 8 for v in values], t)
    rv.call("pyr_list_sort_keyed", items, keys, int(reverse))
    assert rv.value(items, t) == sorted(range(len(values)), key=lambda i: values[i] // 8, reverse=reverse)
    rv.release(items, t)
    rv.release(keys, t)


@pytest.mark.parametrize("element", ["str", "list[str]", "float"])
def test_sorted_of_other_types(rv, element):
    t, values = Type.list(ELEMENTS[element][0]), ELEMENTS[element][1]

    @settings(max_examples=60, deadline=None)
    @given(st.lists(values, max_size=120), st.booleans())
    def run(items, reverse):
        obj = rv.new(items, t)
        assert got(rv, "pyr_list_sorted", obj, int(reverse), result=t) == ("ok", canon(sorted(items, reverse=reverse)))
        rv.release(obj, t)

    run()


def test_sort_with_a_key_sees_an_empty_list(rv):
    """CPython empties the list while the key function runs; changing it then is
    an error, and the sorted items are put back."""
    t = Type.list(INT)
    py = [3, 1, 2]

    def key(x):
        seen.append(len(py))
        py.append(0)
        return x
    seen: list = []
    expected = cpython(lambda: py.sort(key=key))
    l = rv.new([3, 1, 2], t)
    items = rv.call("pyr_list_sort_begin", l)[1]
    assert rv.call("pyr_list_len", l) == ("ok", seen[0])
    for x in rv.value(items, t):
        rv.call("pyr_list_append", l, 0)
    keys = rv.fn("pyr_list_copy")(items)
    assert got(rv, "pyr_list_sort_end", l, items, keys, 0) == expected
    assert rv.py(l, t) == canon(py)
    for obj in (l, items, keys):
        rv.release(obj, t)


def test_sort_abort_restores_the_list(rv):
    t = Type.list(STR)
    l = rv.new(["b", "a"], t)
    items = rv.call("pyr_list_sort_begin", l)[1]
    x = rv.new("junk", STR)
    rv.call("pyr_list_append", l, x)
    assert rv.call("pyr_list_sort_abort", l, items) == ("ok", None)
    assert rv.value(l, t) == ["b", "a"]
    for obj, typ in ((l, t), (items, t), (x, STR)):
        rv.release(obj, typ)


# ---- sum, min, max, any, all ----

@SETTINGS
@given(st.lists(st.integers(-(2**63), 2**63 - 1) | st.integers(-5, 5), max_size=8), st.integers(-(2**63), 2**63 - 1))
def test_int_sum_checks_only_the_result(rv, values, start):
    """CPython's sum is exact: only a result outside 64 bits is Pyrite's OverflowError."""
    l = rv.new(values, Type.list(INT))
    total = sum(values, start)
    expected = ("ok", total) if -(2**63) <= total < 2**63 else ("OverflowError", OVERFLOW_MESSAGE)
    assert rv.call("pyr_list_sum_int", l, start) == expected
    rv.release(l, Type.list(INT))


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="float sum() changed in 3.12 (compensated)")
@SETTINGS
@given(st.lists(st.floats() | st.sampled_from([1e16, 1.0, -1e16, 0.1, -0.0]), max_size=10),
       st.sampled_from([0, 0.0, -0.0, 1.5]))
def test_float_sum_is_cpython_311s(rv, values, start):
    """3.11 adds left to right; an int start becomes a float first (int + float)."""
    l = rv.new(values, Type.list(FLOAT))
    assert canon(rv.fn("pyr_list_sum_float")(l, float(start))) == canon(float(sum(values, start)))
    rv.release(l, Type.list(FLOAT))


@SETTINGS
@given(st.lists(FLOAT_KEYS, max_size=12))
def test_min_max_choose_cpythons_item(rv, keys):
    """min/max compare each item with the best so far as CPython does, so with
    NaN the same item wins."""
    items, key_list = rv.new(list(range(len(keys))), Type.list(INT)), rv.new(keys, Type.list(FLOAT))
    for name, f in (("min", min), ("max", max)):
        expected = cpython(lambda: f(range(len(keys)), key=keys.__getitem__))
        assert got(rv, f"pyr_list_{name}_keyed", items, key_list) == expected
        assert got(rv, f"pyr_list_{name}", key_list, result=FLOAT) == cpython(lambda: f(keys))
    rv.release(items, Type.list(INT))
    rv.release(key_list, Type.list(FLOAT))


@pytest.mark.parametrize("element", ELEMENTS)
def test_any_all(rv, element):
    t, values = Type.list(ELEMENTS[element][0]), ELEMENTS[element][1]

    @settings(max_examples=40, deadline=None)
    @given(st.lists(values, max_size=4))
    def run(items):
        obj = rv.new(items, t)
        assert rv.call("pyr_list_any", obj) == ("ok", any(items))
        assert rv.call("pyr_list_all", obj) == ("ok", all(items))
        rv.release(obj, t)

    run()


# ---- tuples ----

TUPLE_VALUES = st.tuples(st.integers(-3, 3), STRS, st.sampled_from([0.0, -0.0, 1.5, INF]))


@SETTINGS
@given(TUPLE_VALUES, TUPLE_VALUES, st.sampled_from(OPS))
def test_tuple_comparisons(rv, a, b, op):
    t = Type.tuple(INT, STR, FLOAT)
    x, y = rv.new(a, t), rv.new(b, t)
    assert rv.call("pyr_compare", x, y, t.ptr, OP_CODE[op]) == ("ok", PY_OP[op](a, b))
    rv.release(x, t)
    rv.release(y, t)


@SETTINGS
@given(st.tuples(st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False), st.booleans(),
                 st.tuples(st.integers(), st.integers()).filter(lambda p: all(abs(v) < 2**63 for v in p))))
def test_tuple_hash_is_cpythons(rv, value):
    t = Type.tuple(INT, FLOAT, BOOL, Type.tuple(INT, INT))
    obj = rv.new(value, t)
    assert rv.call("pyr_hash", obj, t.ptr) == ("ok", hash(value))
    rv.release(obj, t)


@SETTINGS
@given(st.lists(st.integers(-3, 3), max_size=6).map(tuple), st.integers(-4, 4), st.sampled_from([None, -7, -1, 0, 2, 9]),
       st.sampled_from([None, -7, -1, 0, 2, 9]), st.sampled_from([None, -2, -1, 1, 2]))
def test_homogeneous_tuple_operations(rv, value, x, start, stop, step):
    t = Type.tuple_of(INT)
    obj = rv.new(value, t)
    assert got(rv, "pyr_tuple_getitem", obj, x) == cpython(lambda: value[x])
    assert got(rv, "pyr_tuple_getslice", obj, *slice_args(start, stop, step), t.ptr, result=t) == cpython(
        lambda: value[start:stop:step])
    assert got(rv, "pyr_tuple_contains", obj, x) == cpython(lambda: x in value)
    assert got(rv, "pyr_tuple_count", obj, x) == cpython(lambda: value.count(x))
    lo, hi = start if start is not None else 0, stop if stop is not None else INT64_MAX
    assert got(rv, "pyr_tuple_index", obj, x, lo, hi) == cpython(lambda: value.index(x, lo, hi))
    assert got(rv, "pyr_tuple_repeat", obj, x, t.ptr, result=t) == cpython(lambda: value * x)
    assert got(rv, "pyr_tuple_concat", obj, obj, t.ptr, result=t) == cpython(lambda: value + value)
    assert rv.call("pyr_tuple_len", obj) == ("ok", len(value))
    rv.release(obj, t)


def test_heterogeneous_tuple_slice_and_concat(rv):
    t = Type.tuple(INT, STR, Type.list(STR))
    value = (1, "a", ["b"])
    obj = rv.new(value, t)
    tail = Type.tuple(STR, Type.list(STR))
    assert got(rv, "pyr_tuple_getslice", obj, *slice_args(1, None, None), tail.ptr, result=tail) == cpython(
        lambda: value[1:])
    both = Type.tuple(INT, STR, Type.list(STR), STR, Type.list(STR))
    part = rv.fn("pyr_tuple_getslice")(obj, *slice_args(1, None, None), tail.ptr)
    assert got(rv, "pyr_tuple_concat", obj, part, both.ptr, result=both) == cpython(lambda: value + value[1:])
    twice = Type.tuple(INT, STR, Type.list(STR), INT, STR, Type.list(STR))  # (a, b, c) * 2: a fixed result
    assert got(rv, "pyr_tuple_repeat", obj, 2, twice.ptr, result=twice) == cpython(lambda: value * 2)
    rv.release(part, tail)
    rv.release(obj, t)


# ---- comparison, hashing and truth by type descriptor ----

NESTED = Type.list(Type.list(INT))


@SETTINGS
@given(st.lists(st.lists(st.integers(0, 2), max_size=3), max_size=3),
       st.lists(st.lists(st.integers(0, 2), max_size=3), max_size=3), st.sampled_from(OPS))
def test_nested_list_comparisons(rv, a, b, op):
    x, y = rv.new(a, NESTED), rv.new(b, NESTED)
    assert rv.call("pyr_compare", x, y, NESTED.ptr, OP_CODE[op]) == ("ok", PY_OP[op](a, b))
    rv.release(x, NESTED)
    rv.release(y, NESTED)


@pytest.mark.parametrize("a, b, op", [([1.0, NAN], [1.0, 2.0], "<"), ([NAN], [1.0], "<="), ([2.0], [NAN], ">="),
                                      ([NAN], [NAN, 1.0], "=="), ([1.0], [NAN], "!=")])
def test_nan_against_a_number_is_cpythons(rv, a, b, op):
    """Only NaN against NaN depends on identity; NaN against a number does not."""
    t = Type.list(FLOAT)
    x, y = rv.new(a, t), rv.new(b, t)
    assert rv.call("pyr_compare", x, y, t.ptr, OP_CODE[op]) == ("ok", PY_OP[op](a, b))
    rv.release(x, t)
    rv.release(y, t)


def test_nan_against_nan_in_a_container_is_an_error(rv):
    """CPython's answer would depend on whether the two NaNs are one object."""
    t = Type.list(FLOAT)
    l = rv.new([1.0, NAN], t)
    nan = float_bits(NAN)
    for name, args in (("pyr_list_count", (nan,)), ("pyr_list_contains", (nan,)), ("pyr_list_remove", (nan,)),
                       ("pyr_list_index", (nan, 0, INT64_MAX)), ("pyr_compare", (l, t.ptr, 0))):
        assert rv.call(name, l, *args)[0] == "ValueError" and rv.call(name, l, *args)[1] == NAN_EQ, name
    tt = Type.tuple(FLOAT, INT)
    x, y = rv.new((NAN, 1), tt), rv.new((NAN, 2), tt)
    assert rv.call("pyr_compare", x, y, tt.ptr, OP_CODE["<"]) == ("ValueError", NAN_EQ)
    assert rv.call("pyr_hash", x, tt.ptr) == ("ValueError", NAN_HASH)
    for obj, typ in ((l, t), (x, tt), (y, tt)):
        rv.release(obj, typ)


def test_unhashable_types(rv):
    assert rv.call("pyr_hash", 0, Type.list(INT).ptr) == cpython(lambda: hash([]))
    assert rv.call("pyr_hash", 0, Type.dict(INT, INT).ptr) == cpython(lambda: hash({}))
    assert rv.call("pyr_hash", 0, Type.set(INT).ptr) == cpython(lambda: hash(set()))


@pytest.mark.parametrize("value, t", [(0, INT), (-3, INT), (0.0, FLOAT), (-0.0, FLOAT), (NAN, FLOAT), ("", STR),
                                      ("x", STR), ([], Type.list(INT)), ([0], Type.list(INT)), ((), Type.tuple()),
                                      ({}, Type.dict(INT, INT)), ({0: 0}, Type.dict(INT, INT)), (False, BOOL)])
def test_truth(rv, value, t):
    obj = rv.new(value, t)
    assert rv.call("pyr_truth", obj, t.ptr) == ("ok", bool(value))
    rv.release(obj, t)


def test_every_entry_point_exists(runtime):
    missing = [name for name in FUNCTIONS if not runtime.engine.get_function_address(name)]
    assert not missing
