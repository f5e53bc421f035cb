"""The meaning of each computing op, as Python functions.

This is the reference the interpreter runs and the constant folder folds
with; the backend must agree with it. An op that raises does so by raising
`PyRaise(kind, message)`, message exactly CPython's where CPython raises too.
"""

from __future__ import annotations

import math
import operator

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
OVERFLOW_MESSAGE = "integer overflow: the result does not fit in 64 bits"


class PyRaise(Exception):
    """A Python exception raised by an op: `kind` is the builtin class name."""

    def __init__(self, kind: str, message: str = ""):
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind = kind
        self.message = message


def check64(x: int) -> int:
    """x itself if it fits in a signed 64-bit int; else Pyrite's OverflowError."""
    if INT_MIN <= x <= INT_MAX:
        return x
    raise PyRaise("OverflowError", OVERFLOW_MESSAGE)


def _python(fn, *args):
    """Run a Python operation, turning its exception into a PyRaise."""
    try:
        return fn(*args)
    except (ArithmeticError, ValueError) as exc:
        raise PyRaise(type(exc).__name__, str(exc)) from None


def int_binary(op: str, a: int, b: int) -> int:
    match op:
        case "add":
            return check64(a + b)
        case "sub":
            return check64(a - b)
        case "mul":
            return check64(a * b)
        case "floordiv":
            if b == 0:
                raise PyRaise("ZeroDivisionError", "integer division or modulo by zero")
            return check64(a // b)
        case "mod":
            if b == 0:
                raise PyRaise("ZeroDivisionError", "integer modulo by zero")
            return a % b
        case "pow":
            if b < 0:
                raise PyRaise("ValueError", "negative exponent: Pyrite computes int ** int as an int; "
                              "write float(base) ** exp for a float result")
            return _int_pow(a, b)
        case "shl":
            if b < 0:
                raise PyRaise("ValueError", "negative shift count")
            return 0 if a == 0 else check64(a << min(b, 64))
        case "shr":
            if b < 0:
                raise PyRaise("ValueError", "negative shift count")
            return a >> min(b, 64)
        case "and":
            return a & b
        case "or":
            return a | b
        case "xor":
            return a ^ b
    raise AssertionError(f"unknown i64 op {op}")


def _int_pow(a: int, b: int) -> int:
    if a in (0, 1) or b <= 1:
        return check64(a**b)
    if a == -1:
        return -1 if b & 1 else 1
    if b > 64:
        raise PyRaise("OverflowError", OVERFLOW_MESSAGE)
    return check64(a**b)


def float_binary(op: str, a: float, b: float) -> float:
    match op:
        case "add":
            return a + b
        case "sub":
            return a - b
        case "mul":
            return a * b
        case "div":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float division by zero")
            return a / b
        case "floordiv":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float floor division by zero")
            return a // b
        case "mod":
            if b == 0.0:
                raise PyRaise("ZeroDivisionError", "float modulo")
            return a % b
        case "pow":
            return float_pow(a, b)
    raise AssertionError(f"unknown f64 op {op}")


def float_pow(a: float, b: float) -> float:
    result = _python(pow, a, b)
    if isinstance(result, complex):
        raise PyRaise("ValueError", "negative number cannot be raised to a fractional power")
    return result


def bool_binary(op: str, a: bool, b: bool) -> bool:
    return {"and": a and b, "or": a or b, "xor": a != b}[op]


def binary(op: str, type_name: str, a, b):
    if type_name == "i64":
        return int_binary(op, a, b)
    if type_name == "f64":
        return float_binary(op, a, b)
    return bool_binary(op, a, b)


def unary(op: str, type_name: str, a):
    match op, type_name:
        case "neg", "i64":
            return check64(-a)
        case "invert", "i64":
            return ~a
        case "neg", "f64":
            return -a
        case "not", "i1":
            return not a
    raise AssertionError(f"unknown unary {op}.{type_name}")


def compare(pred: str, a, b) -> bool:
    return {"eq": a == b, "ne": a != b, "lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[pred]


def convert(op: str, a):
    match op:
        case "itof":
            return float(a)
        case "ftoi":
            return float_to_int(a)
        case "btoi":
            return int(a)
    raise AssertionError(f"unknown conversion {op}")


def float_to_int(x: float) -> int:
    return check64(_python(int, x))


def cmp_int_float(i: int, f: float) -> int:
    if f != f:
        return 2
    return -1 if i < f else (1 if i > f else 0)


def factorial(n: int) -> int:
    """math.factorial, without computing a huge result only to reject it (21! > 2**63)."""
    if n > 20:
        raise PyRaise("OverflowError", OVERFLOW_MESSAGE)
    return _python(math.factorial, n)


def _math(name: str):
    fn = getattr(math, name)
    return lambda *args: _python(fn, *args)


def _math_int(fn):
    return lambda *args: check64(_python(fn, *args))


RT_IMPL = {
    "str_i64": lambda a: str(a),
    "str_f64": lambda a: repr(a),
    "str_bool": lambda a: "True" if a else "False",
    "int_truediv": lambda a, b: _python(lambda: a / b),
    "int_powmod": lambda a, b, m: _python(pow, a, b, m),
    # n below -20 rounds every i64 to 0 exactly as n = -20 does; clamping keeps huge n cheap.
    "int_round": lambda a, n: check64(_python(round, a, max(n, -20))),
    "float_round": lambda x, n: _python(round, x, n),
    "float_round_int": lambda x: check64(_python(round, x)),
    "cmp_int_float": cmp_int_float,
    "range_len": lambda start, stop, step: _python(lambda: len(range(start, stop, step))),
    "factorial": lambda n: factorial(n),
    "gcd": _math_int(math.gcd),
    "math_floor": _math_int(math.floor),
    "math_ceil": _math_int(math.ceil),
    "isnan": math.isnan,
    "isinf": math.isinf,
    "isfinite": math.isfinite,
    "math_log_base": lambda x, b: _python(math.log, x, b),
}
for _name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
              "atan", "sinh", "cosh", "tanh", "fabs", "atan2", "fmod", "hypot", "copysign"]:
    RT_IMPL[f"math_{_name}"] = _math(_name)


# ---- objects: str, list, tuple (ADR 0006) ----------------------------------
# The interpreter represents a str by a Python str, a list by a Python list and
# a tuple by a PyTuple (built in place, then never changed), so printing and
# comparing them is CPython's own behaviour.


class PyTuple:
    """A tuple under construction by tuple_new / tuple_init, then immutable."""

    __slots__ = ("items",)

    def __init__(self, n: int):
        self.items = [None] * n

    def value(self) -> tuple:
        return tuple(self.items)

    def __repr__(self) -> str:
        return repr(self.value())

    def __eq__(self, other) -> bool:
        return isinstance(other, PyTuple) and self.value() == other.value()

    def __lt__(self, other: "PyTuple") -> bool:  # sorted() of tuples, and tuple keys
        return self.value() < other.value()

    def __le__(self, other: "PyTuple") -> bool:
        return self.value() <= other.value()

    def __gt__(self, other: "PyTuple") -> bool:
        return self.value() > other.value()

    def __ge__(self, other: "PyTuple") -> bool:
        return self.value() >= other.value()

    def __hash__(self) -> int:
        return hash(self.value())


def _index(seq, i: int, message: str) -> int:
    if i < 0:
        i += len(seq)
    if not 0 <= i < len(seq):
        raise PyRaise("IndexError", message)
    return i


def _tuple(items: list) -> PyTuple:
    t = PyTuple(0)
    t.items = items
    return t


def _repeated(items: list, n: int) -> list:
    """items * n, with the C runtime's MemoryError for a size past its limit."""
    if n > 0 and len(items) > INT_MAX // 16 // n:
        raise PyRaise("MemoryError", "")
    return items * max(n, 0)


def _list_pop(items: list, i: int):
    if not items:
        raise PyRaise("IndexError", "pop from empty list")
    return items.pop(_index(items, i, "pop index out of range"))


def _sort_keyed(items: list, keys: list, reverse: int) -> None:
    """Stable sort of items by keys, as CPython's list.sort(key=..., reverse=...)."""
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=bool(reverse))
    items[:] = [items[i] for i in order]


def _list_sort_begin(items: list) -> list:
    """l.sort(key=f) runs f while l looks empty: move the items out."""
    taken = items[:]
    items.clear()
    return taken


def _list_sort_end(items: list, taken: list, keys: list, reverse: int) -> None:
    _sort_keyed(taken, keys, reverse)
    modified = bool(items)
    items[:] = taken
    if modified:
        raise PyRaise("ValueError", "list modified during sort")


def _list_set(items: list, i: int, value) -> None:
    items[_index(items, i, "list assignment index out of range")] = value


RT_IMPL.update({
    "repr": lambda v, t: repr(v),
    "to_str": lambda v, t: str(v),
    "str_len": len,
    "str_concat": lambda a, b: a + b,
    "str_getitem": lambda s, i: s[_index(s, i, "string index out of range")],
    "str_eq": lambda a, b: a == b,
    "str_cmp": lambda a, b: (a > b) - (a < b),
    "list_new": lambda t, n: [None] * n,
    "list_init": lambda items, i, v: items.__setitem__(i, v),
    "list_len": len,
    "list_get": lambda items, i: items[_index(items, i, "list index out of range")],
    "list_set": _list_set,
    "list_append": lambda items, v: items.append(v),
    "list_pop": _list_pop,
    "list_sort_keyed": lambda items, keys, reverse: _sort_keyed(items, keys, reverse),
    "list_sort_begin": _list_sort_begin,
    "list_sort_end": _list_sort_end,
    "tuple_new": lambda t, n: PyTuple(n),
    "tuple_init": lambda t, i, v: t.items.__setitem__(i, v),
    "tuple_get": lambda t, i: t.items[i],
    "tuple_getitem": lambda t, i: t.items[_index(t.items, i, "tuple index out of range")],
    "tuple_len": lambda t: len(t.items),
    "tuple_contains": lambda t, x: plain(x) in plain(t),
    "tuple_getslice": lambda t, a, b, c, m, d: _tuple(_list_op(t.items.__getitem__, _slice(a, b, c, m))),
    "tuple_concat": lambda a, b, d: _tuple(a.items + b.items),
    "tuple_repeat": lambda t, n, d: _tuple(_repeated(t.items, n)),
    "tuple_count": lambda t, x: plain(t).count(plain(x)),
    "tuple_index": lambda t, x, start, stop: _list_op(plain(t).index, plain(x), start, stop),
    "compare": lambda a, b, t, op: _COMPARISONS[op](plain(a), plain(b)),
    "is_none": lambda x: x is None,
})


# ---- dict and set (Python's own dict and set: CPython's order and messages) ----


def _mapping(fn, *args):
    """Run a dict or set operation, turning its exception into a PyRaise
    (str() of a KeyError is the repr of its key, as CPython prints it)."""
    try:
        return fn(*args)
    except (KeyError, RuntimeError) as exc:
        raise PyRaise(type(exc).__name__, str(exc)) from None


def _dict_find(d: dict, key) -> int:
    """The position of key in d's order, or -1: the entry number of the model."""
    if key not in d:
        return -1
    return next(i for i, k in enumerate(d) if k == key)


def _dict_find_item(d: dict, key) -> int:
    _mapping(d.__getitem__, key)  # KeyError, as d[key] raises it
    return _dict_find(d, key)


def _dict_iter(d: dict, pos: int, len_at_start: int, remaining: int) -> int:
    if len(d) != len_at_start:
        raise PyRaise("RuntimeError", "dictionary changed size during iteration")
    if pos >= len(d):
        return -1
    if remaining == 0:
        raise PyRaise("RuntimeError", "dictionary keys changed during iteration")
    return pos


def _dict_iter_back(d: dict, pos: int, len_at_start: int) -> int:
    if len(d) != len_at_start:
        raise PyRaise("RuntimeError", "dictionary changed size during iteration")
    return min(pos, len(d)) - 1


def _set_iter(s: set, pos: int, len_at_start: int) -> int:
    if len(s) != len_at_start:
        raise PyRaise("RuntimeError", "Set changed size during iteration")
    return pos if pos < len(s) else -1


def _pair(key, value) -> "PyTuple":
    pair = PyTuple(2)
    pair.items[:] = [key, value]
    return pair


def _nth(items, i: int):
    for k, item in enumerate(items):
        if k == i:
            return item
    raise AssertionError(f"no item {i}")


RT_IMPL.update({
    "dict_new": lambda t, n: {},
    "dict_len": len,
    "dict_getitem": lambda d, k: _mapping(d.__getitem__, k),
    "dict_setitem": lambda d, k, v: d.__setitem__(k, v),
    "dict_delitem": lambda d, k: _mapping(d.__delitem__, k),
    "dict_contains": lambda d, k: k in d,
    "dict_get": lambda d, k, v: d.get(k, v),
    "dict_find": _dict_find,
    "dict_find_item": _dict_find_item,
    "dict_value_or": lambda d, i, v: _nth(d.values(), i) if i >= 0 else v,
    "dict_store_at": lambda d, i, k, v: d.__setitem__(k, v),
    "dict_setdefault": lambda d, k, v: d.setdefault(k, v),
    "dict_pop": lambda d, k: _mapping(d.pop, k),
    "dict_pop_default": lambda d, k, v: d.pop(k, v),
    "dict_clear": lambda d: d.clear(),
    "dict_copy": lambda d: d.copy(),
    "dict_update": lambda d, other: d.update(other),
    "dict_iter": _dict_iter,
    "dict_iter_back": _dict_iter_back,
    "dict_key_at": lambda d, i: _nth(d, i),
    "dict_value_at": lambda d, i: _nth(d.values(), i),
    "set_new": lambda t: set(),
    "set_from_list": lambda t, items: set(items),
    "set_from_dict": lambda t, d: set(d),
    "set_to_list": lambda s, t: list(s),
    "dict_keys": lambda d, t: list(d),
    "dict_values": lambda d, t: list(d.values()),
    "dict_items": lambda d, t: [_pair(k, v) for k, v in d.items()],
    "set_len": len,
    "set_add": lambda s, x: s.add(x),
    "set_discard": lambda s, x: s.discard(x),
    "set_remove": lambda s, x: _mapping(s.remove, x),
    "set_pop": lambda s: _mapping(s.pop),
    "set_contains": lambda s, x: x in s,
    "set_clear": lambda s: s.clear(),
    "set_copy": lambda s: s.copy(),
    "set_iter": _set_iter,
    "set_item_at": lambda s, i: _nth(s, i),
    "set_union": lambda a, b: a | b,
    "set_intersection": lambda a, b: a & b,
    "set_difference": lambda a, b: a - b,
    "set_symmetric_difference": lambda a, b: a ^ b,
    "set_update": lambda a, b: a.update(b),
    "set_intersection_update": lambda a, b: a.intersection_update(b),
    "set_difference_update": lambda a, b: a.difference_update(b),
    "set_symmetric_difference_update": lambda a, b: a.symmetric_difference_update(b),
    "set_issubset": lambda a, b: a <= b,
    "set_issuperset": lambda a, b: a >= b,
    "set_isdisjoint": lambda a, b: a.isdisjoint(b),
    "set_update_list": lambda s, items: s.update(items),
    "set_update_dict": lambda s, d: s.update(d),
    "set_intersection_list": lambda s, items: s.intersection(items),
    "set_difference_list": lambda s, items: s.difference(items),
    "set_difference_update_list": lambda s, items: s.difference_update(items),
})


def plain(v):
    """A value with its tuples as Python tuples, so Python compares it as CPython would
    (sets order by inclusion, as Python's own do)."""
    if isinstance(v, PyTuple):
        return tuple(plain(x) for x in v.items)
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {plain(k): plain(x) for k, x in v.items()}
    return v


_COMPARISONS = [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge]  # pyr_compare's op


# ---- list[T] methods and operations (irgen/listops.py) ------------------------
# Python's own list does the work, so messages are CPython's; a slice's
# `omitted` mask (1 start, 2 stop, 4 step) turns parts back into None.


def _list_op(fn, *args):
    """Run a list operation, turning its exception into a PyRaise."""
    try:
        return fn(*args)
    except (ValueError, IndexError, TypeError) as exc:
        raise PyRaise(type(exc).__name__, str(exc)) from None


def _slice(start: int, stop: int, step: int, omitted: int) -> slice:
    return slice(None if omitted & 1 else start, None if omitted & 2 else stop, None if omitted & 4 else step)


def _setslice(items: list, start: int, stop: int, step: int, omitted: int, values: list) -> None:
    items[_slice(start, stop, step, omitted)] = list(values)


def _delitem(items: list, i: int) -> None:
    del items[_index(items, i, "list assignment index out of range")]


def _delslice(items: list, start: int, stop: int, step: int, omitted: int) -> None:
    del items[_slice(start, stop, step, omitted)]


def _sorted(items: list, reverse: int) -> list:
    return sorted(items, reverse=bool(reverse))


RT_IMPL.update({
    "list_insert": lambda items, i, v: items.insert(i, v),
    "list_remove": lambda items, v: _list_op(items.remove, v),
    "list_index": lambda items, v, start, stop: _list_op(items.index, v, start, stop),
    "list_count": lambda items, v: items.count(v),
    "list_contains": lambda items, v: v in items,
    "list_extend": lambda items, other: items.extend(list(other)),
    "list_clear": lambda items: items.clear(),
    "list_reverse": lambda items: items.reverse(),
    "list_copy": lambda items: items.copy(),
    "list_sort": lambda items, reverse: items.sort(reverse=bool(reverse)),
    "list_sorted": _sorted,
    "list_delitem": lambda items, i: _delitem(items, i),
    "list_getslice": lambda items, a, b, c, m: _list_op(items.__getitem__, _slice(a, b, c, m)),
    "list_setslice": lambda items, a, b, c, m, values: _list_op(_setslice, items, a, b, c, m, values),
    "list_delslice": lambda items, a, b, c, m: _list_op(_delslice, items, a, b, c, m),
    "list_sum_int": lambda items, start: check64(sum(items, start)),
    "list_sum_float": lambda items, start: sum(items, start),
    "list_min": lambda items: _list_op(min, items),
    "list_max": lambda items: _list_op(max, items),
    "list_any": any,
    "list_all": all,
})


# ---- range objects (runtime/c/range.c, ADR 0012): a Python range ----------------


def _range_count(r: range) -> int:
    """len(r), also where Python's len() overflows."""
    step = abs(r.step)
    span = r.stop - r.start if r.step > 0 else r.start - r.stop
    return max(0, (span + step - 1) // step)


def _range_getslice(r: range, a: int, b: int, c: int, omitted: int) -> range:
    """r[a:b:c] as CPython computes it, within Pyrite's 64-bit limits (range.c)."""
    if not omitted & 4 and c == 0:
        raise PyRaise("ValueError", "slice step cannot be zero")
    if _range_count(r) > INT_MAX:
        raise PyRaise("OverflowError", OVERFLOW_MESSAGE)
    result = r[_slice(a, b, c, omitted)]
    for bound in (result.start, result.stop, result.step):
        check64(bound)
    return result


RT_IMPL.update({
    "range_new": lambda start, stop, step: _python(range, start, stop, step),
    "range_start": lambda r: r.start,
    "range_stop": lambda r: r.stop,
    "range_step": lambda r: r.step,
    "range_getitem": lambda r, i: _list_op(r.__getitem__, i),
    "range_contains": lambda r, x: x in r,
    "range_index": lambda r, x: check64(_list_op(r.index, x)),
    "range_getslice": _range_getslice,
})

# ---- str methods, operators and formatting ------------------------------------
# CPython's own str does the work; `_str_op` turns its exceptions into PyRaise
# with CPython's message (the C runtime gives the same ones).

SLICE_START, SLICE_STOP, SLICE_STEP = 1, 2, 4  # runtime/capi/str.py


def _str_op(fn):
    def run(*args):
        try:
            return fn(*args)
        except KeyError as exc:  # "{name}".format() without name: KeyError: 'name'
            raise PyRaise("KeyError", str(exc)) from None
        except (ValueError, TypeError, IndexError, OverflowError) as exc:
            raise PyRaise(type(exc).__name__, exc.args[0] if exc.args else "") from None
    return run


def _ws_token_end(s: str, start: int) -> int:
    """Where the piece starting at `start` ends (a start outside s is given back)."""
    if start < 0 or start >= len(s):
        return start
    return next((i for i in range(start, len(s)) if s[i].isspace()), len(s))


def _piece(s: str, start: int, end: int) -> str:
    """s[start:end] with both clamped to 0 <= start <= end <= len(s), as the runtime does."""
    start = min(max(start, 0), len(s))
    return s[start:min(max(end, start), len(s))]


def _found_or_len(s: str, index: int) -> int:
    return index if index >= 0 else len(s)


def _sep_len(sep: str) -> int:
    if not sep:
        raise ValueError("empty separator")
    return len(sep)


def _str_slice(s: str, a: int, b: int, c: int, given: int) -> str:
    return s[slice(a if given & SLICE_START else None, b if given & SLICE_STOP else None,
                   c if given & SLICE_STEP else None)]


# The interpreter refuses to build a str this long (the native runtime's malloc
# would fail somewhere beyond it too): MemoryError, as CPython raises.
MAX_BUILT_STR = 1 << 28


def _str_repeat(s: str, n: int) -> str:
    if n > 0 and len(s) * n > INT_MAX:
        raise PyRaise("OverflowError", "repeated string is too long")
    return _sized(len(s) * n, lambda: s * n)


def _expandtabs(s: str, n: int) -> str:
    if not -2**31 <= n < 2**31:  # CPython takes tabsize as a C int, before looking at s
        raise PyRaise("OverflowError", "Python int too large to convert to C int")
    return _sized(n * s.count("\t"), lambda: s.expandtabs(n))


def _sized(length: int, build):
    if length > MAX_BUILT_STR:
        raise PyRaise("MemoryError", "")
    return build()


def _str_to_int(s: str, base: int) -> int:
    value = int(s, base)
    return check64(value)


def _values(v):
    return v.value() if isinstance(v, PyTuple) else v


def _str_mod(fmt: str, v, t):
    return fmt % _values(v)


def _str_format_pos(fmt: str, args) -> str:
    return fmt.format(*args.value())


def _str_format_kw(fmt: str, args, names, values) -> str:
    return fmt.format(*args.value(), **dict(zip(names.value(), values.value(), strict=True)))


RT_IMPL.update({
    "str_slice": _str_op(_str_slice),
    "str_repeat": _str_repeat,
    "str_ord": _str_op(ord),
    "str_chr": _str_op(chr),
    "str_contains": lambda s, sub: sub in s,
    "str_find": lambda s, sub, a, b: s.find(sub, a, b),
    "str_rfind": lambda s, sub, a, b: s.rfind(sub, a, b),
    "str_count": lambda s, sub, a, b: s.count(sub, a, b),
    "str_index": _str_op(lambda s, sub, a, b: s.index(sub, a, b)),
    "str_rindex": _str_op(lambda s, sub, a, b: s.rindex(sub, a, b)),
    "str_startswith": lambda s, p, a, b: s.startswith(p, a, b),
    "str_endswith": lambda s, p, a, b: s.endswith(p, a, b),
    "str_replace": lambda s, old, new, n: s.replace(old, new, n),
    "str_removeprefix": lambda s, p: s.removeprefix(p),
    "str_removesuffix": lambda s, p: s.removesuffix(p),
    "str_split": _str_op(lambda s, sep, n: s.split(sep, n)),
    "str_rsplit": _str_op(lambda s, sep, n: s.rsplit(sep, n)),
    "str_split_ws": lambda s, n: s.split(None, n),
    "str_rsplit_ws": lambda s, n: s.rsplit(None, n),
    "str_splitlines": lambda s, keep: s.splitlines(keep),
    "str_ws_token": lambda s, pos: next((i for i in range(max(pos, 0), len(s)) if not s[i].isspace()), -1),
    "str_ws_token_end": _ws_token_end,
    "str_sep_token_end": lambda s, sep, start: _found_or_len(s, s.find(sep, max(start, 0)) if start <= len(s) else -1),
    "str_sep_len": _str_op(_sep_len),
    "str_piece": _piece,
    "str_join": lambda sep, items: sep.join(items),
    "str_strip": lambda s, chars: s.strip(chars),
    "str_lstrip": lambda s, chars: s.lstrip(chars),
    "str_rstrip": lambda s, chars: s.rstrip(chars),
    "str_strip_ws": lambda s: s.strip(),
    "str_lstrip_ws": lambda s: s.lstrip(),
    "str_rstrip_ws": lambda s: s.rstrip(),
    "str_ljust": _str_op(lambda s, w, fill: _sized(w, lambda: s.ljust(w, fill))),
    "str_rjust": _str_op(lambda s, w, fill: _sized(w, lambda: s.rjust(w, fill))),
    "str_center": _str_op(lambda s, w, fill: _sized(w, lambda: s.center(w, fill))),
    "str_zfill": lambda s, w: _sized(w, lambda: s.zfill(w)),
    "str_expandtabs": _expandtabs,
    "str_to_int": _str_op(_str_to_int),
    "str_to_float": _str_op(float),
    "format_int": _str_op(format),
    "format_bool": _str_op(format),
    "format_float": _str_op(format),
    "format_str": _str_op(format),
    "format_value": _str_op(lambda v, t, spec: format(_values(v), spec)),
    "ascii": lambda v, t: ascii(_values(v)),
    "str_format_pos": _str_op(_str_format_pos),
    "str_format_kw": _str_op(_str_format_kw),
    "str_mod": _str_op(_str_mod),
})
for _name in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalpha", "isdecimal",
              "isdigit", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii",
              "isprintable", "isidentifier"]:
    RT_IMPL[f"str_{_name}"] = getattr(str, _name)
