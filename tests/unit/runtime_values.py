"""Values crossing between CPython and the C object runtime, for unit tests.

    t = Type.dict(STR, Type.list(FLOAT))
    rv = RuntimeValues(runtime)            # runtime: conftest's JittedRuntime
    d = rv.new({"a": [1.5]}, t)            # a runtime object (a new reference)
    rv.call("pyr_dict_len", d)             # through capi/containers.py's signature
    rv.py(d, t) == canon({"a": [1.5]})     # read back, in a comparable shape
    rv.release(d, t)

Objects are read from memory with the layouts of runtime/c/pyrite.h. `canon`
gives a value a shape where floats compare by repr (so nan == nan and
0.0 != -0.0) and dicts and sets keep their iteration order, so that equality
means "prints the same, iterates the same".
"""

import ctypes
import struct

from pyrite.runtime.capi.containers import FUNCTIONS
from pyrite.runtime.objects import KINDS

P, I64 = ctypes.c_void_p, ctypes.c_int64
_CTYPES = {"void": None, "i1": ctypes.c_bool, "i64": I64, "f64": ctypes.c_double, "ptr": P}
INT64_MAX = 2**63 - 1


def _desc_struct(nargs: int):
    """struct PyrType with room for nargs argument pointers."""
    return type(f"PyrType{nargs}", (ctypes.Structure,),
                {"_fields_": [("kind", ctypes.c_int32), ("nargs", ctypes.c_int32), ("args", P * max(nargs, 1))]})


class Type:
    """A Pyrite type and its runtime descriptor (kept alive by this object)."""

    _cache: dict = {}

    def __init__(self, kind: str, args: tuple, variadic: bool = False):
        self.kind, self.args, self.variadic = kind, args, variadic
        self.desc = _desc_struct(len(args))(KINDS.index(kind), -1 if variadic else len(args))
        for i, arg in enumerate(args):
            self.desc.args[i] = ctypes.addressof(arg.desc)

    @classmethod
    def get(cls, kind: str, *args: "Type", variadic: bool = False) -> "Type":
        key = (kind, args, variadic)
        if key not in cls._cache:
            cls._cache[key] = cls(kind, args, variadic)
        return cls._cache[key]

    @classmethod
    def list(cls, t): return cls.get("list", t)

    @classmethod
    def tuple(cls, *ts): return cls.get("tuple", *ts)

    @classmethod
    def tuple_of(cls, t): return cls.get("tuple", t, variadic=True)

    @classmethod
    def dict(cls, k, v): return cls.get("dict", k, v)

    @classmethod
    def set(cls, t): return cls.get("set", t)

    @property
    def ptr(self) -> int:
        return ctypes.addressof(self.desc)

    @property
    def is_object(self) -> bool:
        return KINDS.index(self.kind) >= KINDS.index("str")

    def item(self, i: int) -> "Type":
        return self.args[0] if self.variadic or self.kind != "tuple" else self.args[i]

    def __repr__(self):
        if not self.args:
            return self.kind
        inner = ", ".join(map(repr, self.args)) + (", ..." if self.variadic else "")
        return f"{self.kind}[{inner}]"


INT, FLOAT, BOOL, STR = (Type.get(k) for k in ("int", "float", "bool", "str"))


def float_bits(x: float) -> int:
    return struct.unpack("<q", struct.pack("<d", x))[0]


def bits_float(b: int) -> float:
    return struct.unpack("<d", struct.pack("<q", b))[0]


class SetOrder(list):
    """A runtime set read back: its elements in iteration order."""


def canon(v):
    """v in a shape whose == means: same types, same float reprs, same order."""
    if isinstance(v, (set, frozenset, SetOrder)):
        return ("set", [canon(x) for x in v])
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, float):
        return ("float", repr(v))
    if isinstance(v, (int, str)):
        return (type(v).__name__, v)
    if isinstance(v, list):
        return ("list", [canon(x) for x in v])
    if isinstance(v, tuple):
        return ("tuple", [canon(x) for x in v])
    if isinstance(v, dict):
        return ("dict", [(canon(k), canon(x)) for k, x in v.items()])
    raise TypeError(f"no canonical form for {type(v).__name__}")


def _i64(address: int) -> int:
    return ctypes.c_int64.from_address(address).value


class RuntimeValues:
    """Makes runtime objects from Python values, reads them back, calls entry points."""

    def __init__(self, runtime):
        self.rt = runtime

    # ---- calling ----

    def fn(self, name: str):
        ret, params, _effect = FUNCTIONS[name]
        return self.rt.c(name, _CTYPES[ret], *(_CTYPES[p] for p in params))

    def call(self, name: str, *args):
        """Calls an entry point; returns ("ok", result) or (exception type, message)."""
        result = self.fn(name)(*args)
        exception = self.rt.take_exception()
        return ("ok", result) if exception is None else exception

    def live(self) -> int:
        return self.rt.global_value("pyr_live_objects", ctypes.c_int64).value

    def release(self, bits, t: Type) -> None:
        if t.is_object and bits:
            self.rt.c("pyr_decref", None, P)(bits)

    def rc(self, obj: int) -> int:
        return _i64(obj)

    # ---- Python -> runtime ----

    def new(self, v, t: Type) -> int:
        """A runtime value of type t equal to v (an object: a new reference)."""
        if t.kind in ("int", "bool"):
            return int(v)
        if t.kind == "float":
            return float_bits(v)
        if t.kind == "str":
            data = v.encode("utf-8", "surrogatepass")
            return self.rt.c("pyr_str_from_utf8", P, ctypes.c_char_p, I64)(data, len(data))
        if t.kind == "list" and not t.args[0].is_object:  # scalars: written straight into the slots
            obj = self.fn("pyr_list_new")(t.ptr, len(v))
            width = ctypes.c_uint8 if t.args[0].kind == "bool" else I64  # list[bool]: bytes (ADR 0013)
            bits = (width * len(v))(*(self.new(x, t.args[0]) for x in v))
            ctypes.memmove(_i64(obj + 32), bits, ctypes.sizeof(bits))
            return obj
        if t.kind == "list":
            return self._fill(self.fn("pyr_list_new")(t.ptr, len(v)), "pyr_list_init", v, lambda i: t.args[0])
        if t.kind == "tuple":
            return self._fill(self.fn("pyr_tuple_new")(t.ptr, len(v)), "pyr_tuple_init", v, t.item)
        if t.kind == "dict":
            d = self.fn("pyr_dict_new")(t.ptr, 0)
            for key, value in v.items():
                self._store("pyr_dict_setitem", d, (key, t.args[0]), (value, t.args[1]))
            return d
        if t.kind == "set":
            s = self.fn("pyr_set_new")(t.ptr)
            for x in v:
                self._store("pyr_set_add", s, (x, t.args[0]))
            return s
        raise TypeError(t)

    def _fill(self, obj: int, init: str, items, item_type) -> int:
        for i, x in enumerate(items):
            self._store(init, obj, (i, INT), (x, item_type(i)))
        return obj

    def _store(self, name: str, obj: int, *args) -> None:
        bits = [self.new(v, t) for v, t in args]
        assert self.call(name, obj, *bits)[0] == "ok"
        for b, (_, t) in zip(bits, args):
            self.release(b, t)

    # ---- runtime -> Python ----

    def py(self, bits, t: Type):
        """The canonical form (see canon) of the runtime value `bits` of type t."""
        return canon(self.value(bits, t))

    def value(self, bits, t: Type):
        """The runtime value as a Python value (a set as a list, in table order)."""
        if t.kind == "int":
            return bits
        if t.kind == "bool":
            return bool(bits)
        if t.kind == "float":
            return bits_float(bits)
        if t.kind == "str":
            length, kind = _i64(bits + 16), ctypes.c_int32.from_address(bits + 32).value
            raw = ctypes.string_at(bits + 36, length * kind)
            return raw.decode("ascii") if kind == 1 else raw.decode("utf-32-le", "surrogatepass")
        if t.kind == "list":
            n, items = _i64(bits + 16), _i64(bits + 32)
            width = ctypes.c_uint8 if t.args[0].kind == "bool" else I64  # list[bool]: bytes (ADR 0013)
            raw = (width * n).from_address(items) if n else []
            return [self.value(x, t.args[0]) for x in raw]
        if t.kind == "tuple":
            return tuple(self.value(_i64(bits + 24 + 8 * i), t.item(i)) for i in range(_i64(bits + 16)))
        if t.kind == "dict":
            return dict(self.dict_entries(bits, t))
        if t.kind == "set":
            return SetOrder(self.value(k, t.args[0]) for k in self.set_keys(bits))
        raise TypeError(t)

    def dict_entries(self, d: int, t: Type) -> list:
        nentries, entries = _i64(d + 24), _i64(d + 56)
        out = []
        for i in range(nentries):
            e = entries + 24 * i
            if _i64(e) != -1:
                out.append((self.value(_i64(e + 8), t.args[0]), self.value(_i64(e + 16), t.args[1])))
        return out

    def set_keys(self, s: int) -> list:
        mask, table = _i64(s + 32), _i64(s + 48)
        return [_i64(table + 16 * i + 8) for i in range(mask + 1) if _i64(table + 16 * i) != -1]

    def set_table(self, s: int) -> tuple[int, int, int]:
        """(fill, used, slots) of a set."""
        return _i64(s + 16), _i64(s + 24), _i64(s + 32) + 1

    def repr(self, bits, t: Type) -> str:
        r = self.rt.c("pyr_repr", P, I64, P)(bits, t.ptr)
        text = self.value(r, STR)
        self.release(r, STR)
        return text


# ---- comparing outcomes with CPython's ----

NAN_EQ = "Pyrite cannot compare NaN with NaN inside a container: CPython's answer depends on object identity"
NAN_HASH = "Pyrite cannot hash NaN (a set element or dict key): CPython hashes NaN by object identity"
OPS = ["==", "!=", "<", "<=", ">", ">="]


def cpython(f) -> tuple:
    try:
        result = f()
    except Exception as error:  # the oracle's exception is the expected outcome
        return type(error).__name__, str(error)
    return "ok", canon_or_none(result)


def canon_or_none(v):
    return None if v is None else canon(v)


def got(rv: RuntimeValues, name: str, *args, result: Type | None = None) -> tuple:
    """Calls an entry point; its result read back (and released) as result's type."""
    outcome = rv.call(name, *args)
    if outcome[0] != "ok" or result is None:
        return outcome if outcome[0] != "ok" else ("ok", canon_or_none(outcome[1]))
    value = rv.py(outcome[1], result)
    rv.release(outcome[1], result)
    return "ok", value


def slice_args(a, b, c) -> tuple:
    return (a or 0, b or 0, c or 0, (a is None) | (b is None) << 1 | (c is None) << 2)


OP_CODE = {op: i for i, op in enumerate(OPS)}
PY_OP = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
         "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
