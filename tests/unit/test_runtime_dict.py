"""The C runtime's dict (runtime/c/dict.c) against CPython: results, messages,
insertion order, and the positions an iteration walks when its loop body
changes the dict. Every test checks that no object is left alive."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_values import FLOAT, INT, NAN_HASH, STR, Type, canon, cpython, float_bits, got

SETTINGS = settings(max_examples=60, deadline=None)

KEYS = {  # key type -> a small pool, so that operations meet existing keys
    "int": (INT, st.integers(-3, 12) | st.sampled_from([2**61 - 1, 2**62, -(2**63)])),
    "str": (STR, st.sampled_from(["", "a", "b", "é", "it's", "k1", "k2"])),
    "float": (FLOAT, st.sampled_from([0.0, -0.0, 1.5, -1.0, math.inf, 1e300])),
    "tuple": (Type.tuple(INT, STR), st.tuples(st.integers(0, 2), st.sampled_from(["", "x"]))),
}
VALUES = Type.list(STR), st.lists(st.sampled_from(["v", "w"]), max_size=2)


pytestmark = pytest.mark.usefixtures("no_leaks")


def dict_ops(keys, values):
    return st.lists(st.one_of(
        st.tuples(st.just("set"), keys, values), st.tuples(st.just("set"), keys, values),
        st.tuples(st.just("get"), keys), st.tuples(st.just("del"), keys), st.tuples(st.just("pop"), keys),
        st.tuples(st.just("pop_default"), keys, values), st.tuples(st.just("get_default"), keys, values),
        st.tuples(st.just("setdefault"), keys, values), st.tuples(st.just("contains"), keys),
        st.tuples(st.just("update"), st.lists(st.tuples(keys, values), max_size=8)),
        st.tuples(st.just("compare"), st.lists(st.tuples(keys, values), max_size=4)),
        st.just(("popitem",)), st.just(("clear",)), st.just(("copy",)), st.just(("lists",)),
        st.tuples(st.just("rmw_get"), keys, values, values), st.tuples(st.just("rmw_item"), keys, values),
    ), max_size=30)


class DictRun:
    def __init__(self, rv, t: Type):
        self.rv, self.t, self.k, self.v = rv, t, t.args[0], t.args[1]
        self.py: dict = {}
        self.d = rv.new({}, t)

    def made(self, pairs):
        """A runtime value for each (value, type) pair, released after f."""
        return [(self.rv.new(x, t), t) for x, t in pairs]

    def step(self, op) -> tuple[tuple, tuple]:
        name, *a = op
        if name.startswith("rmw_"):
            return self.read_modify_write(name, a)
        rv, py, d, k, v = self.rv, self.py, self.d, self.k, self.v
        objs = self.made([(a[0], k)] + ([(a[1], v)] if len(a) > 1 else [])) if name in (
            "set", "get", "del", "pop", "pop_default", "get_default", "setdefault", "contains") else []
        x = [b for b, _ in objs]
        try:
            return self._step(name, a, x, rv, py, d, v)
        finally:
            for b, t in objs:
                rv.release(b, t)

    def read_modify_write(self, name, a) -> tuple[tuple, tuple]:
        """d[k] = d.get(k, dflt) -> new (rmw_get) or d[k] -> new (rmw_item, KeyError when k is
        absent) as compiled code does it: find once, read, store at what was found."""
        rv, py, d, k, v = self.rv, self.py, self.d, self.k, self.v
        objs = self.made([(a[0], k)] + [(x, v) for x in a[1:]])
        key, *vals = [b for b, _ in objs]
        try:
            if name == "rmw_get":
                expected = cpython(lambda: (py.get(a[0], a[1]), py.__setitem__(a[0], a[2]))[0])
                ix = rv.call("pyr_dict_find", d, key)
                read = got(rv, "pyr_dict_value_or", d, ix[1], vals[0], result=v) if ix[0] == "ok" else ix
            else:
                expected = cpython(lambda: (py[a[0]], py.__setitem__(a[0], a[1]))[0])
                ix = rv.call("pyr_dict_find_item", d, key)
                read = got(rv, "pyr_dict_value_at", d, ix[1], result=v) if ix[0] == "ok" else ix
            if read[0] == "ok":
                rv.call("pyr_dict_store_at", d, ix[1], key, vals[-1])
            return expected, read
        finally:
            for b, t in objs:
                rv.release(b, t)

    def _step(self, name, a, x, rv, py, d, v):
        match name:
            case "set":
                return cpython(lambda: py.__setitem__(a[0], a[1])), got(rv, "pyr_dict_setitem", d, *x)
            case "get":
                return cpython(lambda: py[a[0]]), got(rv, "pyr_dict_getitem", d, *x, result=v)
            case "del":
                return cpython(lambda: py.__delitem__(a[0])), got(rv, "pyr_dict_delitem", d, *x)
            case "pop":
                return cpython(lambda: py.pop(a[0])), got(rv, "pyr_dict_pop", d, *x, result=v)
            case "pop_default":
                return cpython(lambda: py.pop(a[0], a[1])), got(rv, "pyr_dict_pop_default", d, *x, result=v)
            case "get_default":
                return cpython(lambda: py.get(a[0], a[1])), got(rv, "pyr_dict_get", d, *x, result=v)
            case "setdefault":
                return cpython(lambda: py.setdefault(a[0], a[1])), got(rv, "pyr_dict_setdefault", d, *x, result=v)
            case "contains":
                return cpython(lambda: a[0] in py), got(rv, "pyr_dict_contains", d, *x)
            case "update":
                other = rv.new(dict(a[0]), self.t)
                result = cpython(lambda: py.update(dict(a[0]))), got(rv, "pyr_dict_update", d, other)
                rv.release(other, self.t)
                return result
            case "compare":
                other = rv.new(dict(a[0]), self.t)
                result = cpython(lambda: py == dict(a[0])), got(rv, "pyr_compare", d, other, self.t.ptr, 0)
                rv.release(other, self.t)
                return result
            case "popitem":
                item = Type.tuple(self.k, v)
                return cpython(py.popitem), got(rv, "pyr_dict_popitem", d, item.ptr, result=item)
            case "clear":
                return cpython(py.clear), got(rv, "pyr_dict_clear", d)
            case "copy":  # continue with the copy, whose table may differ
                self.py, copy = py.copy(), rv.call("pyr_dict_copy", d)[1]
                rv.release(d, self.t)
                self.d = copy
                return ("ok", None), ("ok", None)
            case "lists":
                kinds = (("keys", Type.list(self.k), py.keys), ("values", Type.list(v), py.values),
                         ("items", Type.list(Type.tuple(self.k, v)), py.items))
                return (tuple(canon(list(f())) for _, _, f in kinds),
                        tuple(got(rv, f"pyr_dict_{n}", d, lt.ptr, result=lt)[1] for n, lt, _ in kinds))
        raise AssertionError(name)


@pytest.mark.parametrize("key", KEYS)
def test_dict_operations_match_cpython(rv, key):
    t = Type.dict(KEYS[key][0], VALUES[0])

    @SETTINGS
    @given(dict_ops(KEYS[key][1], VALUES[1]))
    def run(ops):
        before = rv.live()
        run = DictRun(rv, t)
        for op in ops:
            expected, actual = run.step(op)
            assert actual == expected, f"{op}: got {actual}, CPython {expected}"
            assert rv.py(run.d, t) == canon(run.py), f"after {op}"
            assert rv.call("pyr_dict_len", run.d) == ("ok", len(run.py))
        assert rv.repr(run.d, t) == repr(run.py)
        rv.release(run.d, t)
        assert rv.live() == before

    run()


# ---- iteration while the loop body changes the dict ----

ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("swap"), st.integers(0, 40)),   # del d[k]; d[new] = 0: same size
    st.tuples(st.just("add"), st.integers(0, 40)),
    st.tuples(st.just("popitem_add"), st.integers(0, 40)),  # same size, the last entry dropped
    st.tuples(st.just("churn"), st.integers(1, 12), st.sampled_from([100, 200])),  # resizes, same size
    st.just(("del",)), st.just(("none",)), st.just(("assign",))), max_size=40)


def cpython_walk(d: dict, actions: list) -> tuple:
    """The keys a CPython for-loop over d visits while doing actions[i] after the
    i-th, and the RuntimeError that ends it, if any."""
    seen: list = []
    try:
        for i, k in enumerate(d):
            seen.append(k)
            act(d, actions[i] if i < len(actions) else ("none",), k)
    except RuntimeError as error:
        return seen, str(error)
    return seen, None


def act(d, action, k):
    match action:
        case ("swap", new):
            del d[k]
            d[new] = 0
        case ("add", new):
            d[new] = 0
        case ("popitem_add", new):
            d.popitem()
            d[new] = 0
        case ("churn", m, base):
            for j in range(m):
                d[base + j] = 0
            for j in range(m - 1):
                d.pop(base + j, None)
            d.pop(k, None)
        case ("del",):
            del d[k]
        case ("assign",):
            d[k] = 1


def pyrite_walk(rv, t: Type, d: int, actions: list) -> tuple:
    """The same loop, written as the compiler writes it with pyr_dict_iter."""
    seen: list = []
    pos, length = 0, rv.fn("pyr_dict_len")(d)
    remaining = length
    while True:
        ix = rv.fn("pyr_dict_iter")(d, pos, length, remaining)
        exception = rv.rt.take_exception()
        if exception:
            return seen, exception[1]
        if ix < 0:
            return seen, None
        k = rv.fn("pyr_dict_key_at")(d, ix)
        pos, remaining = ix + 1, remaining - 1
        seen.append(k)
        action = actions[len(seen) - 1] if len(seen) <= len(actions) else ("none",)
        match action:
            case ("swap", new):
                rv.call("pyr_dict_delitem", d, k)
                rv.call("pyr_dict_setitem", d, new, 0)
            case ("add", new):
                rv.call("pyr_dict_setitem", d, new, 0)
            case ("popitem_add", new):
                item = Type.tuple(INT, INT)
                rv.release(rv.call("pyr_dict_popitem", d, item.ptr)[1], item)
                rv.call("pyr_dict_setitem", d, new, 0)
            case ("churn", m, base):
                for j in range(m):
                    rv.call("pyr_dict_setitem", d, base + j, 0)
                for j in list(range(m - 1)) + [k - base]:
                    rv.call("pyr_dict_pop_default", d, base + j, 0)
            case ("del",):
                rv.call("pyr_dict_delitem", d, k)
            case ("assign",):
                rv.call("pyr_dict_setitem", d, k, 1)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 25), max_size=24), st.lists(st.integers(0, 25), max_size=24), ACTIONS)
def test_iteration_positions_match_cpython(rv, inserts, deletes, actions):
    """A loop that deletes and inserts keys sees the entries CPython's sees (entry
    positions and resizes agree), and stops with CPython's RuntimeError."""
    t = Type.dict(INT, INT)
    py: dict = {}
    d = rv.new({}, t)
    for k in inserts:
        py[k] = 0
        rv.call("pyr_dict_setitem", d, k, 0)
    for k in deletes:
        py.pop(k, None)
        rv.call("pyr_dict_pop_default", d, k, 0)
    py_copy, d_copy = py.copy(), rv.call("pyr_dict_copy", d)[1]
    for py_dict, obj in ((py, d), (py_copy, d_copy)):
        expected = cpython_walk(py_dict, actions)
        assert pyrite_walk(rv, t, obj, actions) == expected
        assert rv.py(obj, t) == canon(py_dict)
        rv.release(obj, t)


@pytest.mark.parametrize("n", [0, 3, 5, 6, 11, 100])
def test_presized_literal_and_copy_keep_cpythons_layout(rv, n):
    """A literal's presized table and a copy's table give the positions CPython's
    do when a loop then swaps keys."""
    t = Type.dict(INT, INT)
    keys = list(range(0, 3 * n, 3))
    py = eval("{" + ", ".join(f"{k}: 0" for k in keys) + "}")  # BUILD_MAP / BUILD_CONST_KEY_MAP
    d = rv.call("pyr_dict_new", t.ptr, n)[1]
    for k in keys:
        rv.call("pyr_dict_setitem", d, k, 0)
    actions = [("swap", 1000 + i) for i in range(3 * n + 8)]
    py_copy, d_copy = py.copy(), rv.call("pyr_dict_copy", d)[1]
    assert pyrite_walk(rv, t, d, actions) == cpython_walk(py, actions)
    assert pyrite_walk(rv, t, d_copy, actions) == cpython_walk(py_copy, actions)
    rv.release(d, t)
    rv.release(d_copy, t)


@pytest.mark.parametrize("inserts, deletes, actions", [
    (range(5), range(4), [("churn", 7, 100), ("churn", 7, 200)]),          # grows with 1 live entry
    (range(5), range(3), [("churn", 9, 100), ("churn", 9, 200), ("churn", 9, 300)]),
    (range(10), range(4), [("churn", 12, 100 * i) for i in range(1, 7)]),  # 6 live of 10: 16 -> 32
    (range(21), range(5), [("churn", 30, 100 * i) for i in range(1, 20)]),
])
def test_loops_that_resize_match_cpython(rv, inserts, deletes, actions):
    """Loop bodies that insert and delete many keys, so that the table is rebuilt
    mid-iteration (which compacts the entries the loop's position points into)."""
    t = Type.dict(INT, INT)
    py, d = {}, rv.new({}, t)
    for k in inserts:
        py[k] = 0
        rv.call("pyr_dict_setitem", d, k, 0)
    for k in deletes:
        del py[k]
        rv.call("pyr_dict_delitem", d, k)
    assert pyrite_walk(rv, t, d, actions) == cpython_walk(py, actions)
    rv.release(d, t)


@pytest.mark.parametrize("inserts, deletes", [(range(3), [1]), (range(6), [0, 5]), (range(6), [0, 1, 5]),
                                              (range(9), [2, 4, 6]), (range(12), range(0, 12, 2))])
def test_copy_of_a_dict_with_holes(rv, inserts, deletes):
    """CPython copies the table as it is while at least 2/3 of its entries are
    live, else it builds a compact one; the loop positions show which."""
    t = Type.dict(INT, INT)
    py, d = {}, rv.new({}, t)
    for k in inserts:
        py[k] = 0
        rv.call("pyr_dict_setitem", d, k, 0)
    for k in deletes:
        del py[k]
        rv.call("pyr_dict_delitem", d, k)
    actions = [("swap", 100 + i) for i in range(40)]
    copy = rv.call("pyr_dict_copy", d)[1]
    assert pyrite_walk(rv, t, copy, actions) == cpython_walk(py.copy(), actions)
    rv.release(d, t)
    rv.release(copy, t)


# ---- messages and representations ----

@pytest.mark.parametrize("key, t", [("x", STR), ("it's", STR), (7, INT), (-0.0, FLOAT), ((1, 2), Type.tuple(INT, INT)),
                                    ((1, ("a",)), Type.tuple(INT, Type.tuple(STR)))])
def test_key_error_messages(rv, key, t):
    dt = Type.dict(t, INT)
    d, k = rv.new({}, dt), rv.new(key, t)
    assert got(rv, "pyr_dict_getitem", d, k) == cpython(lambda: {}[key])
    assert got(rv, "pyr_dict_delitem", d, k) == cpython(lambda: {}.__delitem__(key))
    assert got(rv, "pyr_dict_pop", d, k) == cpython(lambda: {}.pop(key))
    item = Type.tuple(t, INT)
    assert got(rv, "pyr_dict_popitem", d, item.ptr) == cpython(lambda: {}.popitem())
    rv.release(d, dt)
    rv.release(k, t)


def test_nan_key_is_an_error(rv):
    t = Type.dict(FLOAT, INT)
    d = rv.new({1.0: 1}, t)
    nan = float_bits(math.nan)
    for name, args in (("pyr_dict_setitem", (nan, 1)), ("pyr_dict_getitem", (nan,)), ("pyr_dict_contains", (nan,))):
        assert rv.call(name, d, *args) == ("ValueError", NAN_HASH)
    rv.release(d, t)


def test_nested_repr_and_equality(rv):
    t = Type.dict(STR, Type.list(Type.tuple(INT, FLOAT)))
    a = {"k": [(1, 2.0)], "é": [], "it's": [(0, -0.0), (3, math.inf)]}
    b = {"é": [], "it's": [(0, 0.0), (3, math.inf)], "k": [(1, 2.0)]}  # another order, 0.0 == -0.0
    x, y, e = rv.new(a, t), rv.new(b, t), rv.new({}, t)
    assert rv.repr(x, t) == repr(a)
    assert rv.repr(e, t) == repr({})
    assert rv.call("pyr_compare", x, y, t.ptr, 0) == ("ok", a == b)
    assert rv.call("pyr_compare", x, e, t.ptr, 1) == ("ok", a != {})
    for obj in (x, y, e):
        rv.release(obj, t)


def test_find_and_item_at(rv):
    t = Type.dict(STR, INT)
    d, k, missing = rv.new({"a": 1, "b": 2}, t), rv.new("b", STR), rv.new("z", STR)
    ix = rv.call("pyr_dict_find", d, k)[1]
    assert ix == 1 and rv.call("pyr_dict_value_at", d, ix) == ("ok", 2)
    assert rv.call("pyr_dict_find", d, missing) == ("ok", -1)
    item = Type.tuple(STR, INT)
    assert got(rv, "pyr_dict_item_at", d, ix, item.ptr, result=item) == ("ok", canon(("b", 2)))
    for obj, typ in ((d, t), (k, STR), (missing, STR)):
        rv.release(obj, typ)


# ---- read-modify-write: pyr_dict_find, then pyr_dict_store_at at what it found ----

def test_store_at_keeps_the_first_key_object_and_counts_references(rv):
    """An equal key that is another object: the dict keeps its own key (as CPython's
    d[k] = v does), the value's references move from the old value to the new one."""
    t, vt = Type.dict(STR, Type.list(STR)), Type.list(STR)
    d = rv.new({"k": ["old"]}, t)
    first = rv.call("pyr_dict_key_at", d, 0)[1]
    other, new = rv.new("k", STR), rv.new(["new"], vt)
    ix = rv.call("pyr_dict_find", d, other)[1]
    assert ix == 0 and rv.rc(other) == 1 and rv.rc(new) == 1
    assert rv.call("pyr_dict_store_at", d, ix, other, new) == ("ok", None)
    assert rv.call("pyr_dict_key_at", d, 0) == ("ok", first) and rv.rc(other) == 1
    assert rv.rc(new) == 2 and rv.py(d, t) == canon({"k": ["new"]})
    before = rv.live()
    rv.release(new, vt)
    assert rv.live() == before  # the dict still holds it
    for obj, typ in ((first, STR), (first, STR), (other, STR), (d, t)):
        rv.release(obj, typ)


def test_store_at_an_absent_key_appends_and_grows(rv):
    """pyr_dict_find's -1: the store inserts (taking a reference to the key), growing the
    table as setitem does, in CPython's order."""
    t = Type.dict(STR, INT)
    d, py = rv.new({}, t), {}
    for i in range(40):
        key = rv.new(f"w{i % 25}", STR)
        ix = rv.call("pyr_dict_find", d, key)[1]
        count = rv.call("pyr_dict_value_or", d, ix, 0)[1]
        assert count == py.get(f"w{i % 25}", 0)
        rv.call("pyr_dict_store_at", d, ix, key, count + 1)
        py[f"w{i % 25}"] = count + 1
        assert rv.rc(key) == (1 if ix >= 0 else 2)
        rv.release(key, STR)
    assert rv.py(d, t) == canon(py) and rv.repr(d, t) == repr(py)
    rv.release(d, t)


def test_find_item_raises_key_error_and_leaves_the_dict(rv):
    t = Type.dict(Type.tuple(INT, STR), INT)
    d, k = rv.new({(1, "a"): 1}, t), rv.new((2, "it's"), Type.tuple(INT, STR))
    assert rv.call("pyr_dict_find_item", d, k) == cpython(lambda: {(1, "a"): 1}[(2, "it's")])
    assert rv.py(d, t) == canon({(1, "a"): 1})
    nan = float_bits(math.nan)
    f = rv.new({1.0: 1}, Type.dict(FLOAT, INT))
    assert rv.call("pyr_dict_find_item", f, nan) == ("ValueError", NAN_HASH)
    assert rv.call("pyr_dict_find", f, nan) == ("ValueError", NAN_HASH)
    rv.release(f, Type.dict(FLOAT, INT))
    rv.release(k, Type.tuple(INT, STR))
    rv.release(d, t)
