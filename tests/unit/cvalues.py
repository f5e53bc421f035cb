"""Python values in and out of the C runtime (runtime/c/), for its unit tests.

    values = CValues(runtime)              # runtime: conftest's JittedRuntime
    outcome = values.call("pyr_str_find", int, "abcabc", "c", 0, 2**63 - 1)
    # ("ok", 2), or (exception name, message) as conftest.cpython() gives it

Arguments are converted by their Python type: str -> a new PyrStr, None -> a null
pointer (an omitted `str | None`), bool -> C _Bool, int -> int64, float -> double,
list[str] -> a PyrList of PyrStr, tuple -> a PyrTuple, and Typed(value, type)
-> the two arguments (bits, type descriptor) of the runtime's any-value
functions. Everything made is released afterwards, and call() checks that the
runtime's live-object count is back where it was: no leaks, no double frees.
"""

from __future__ import annotations

import ctypes
import struct
import types
from dataclasses import dataclass

from pyrite.runtime.objects import KINDS

P, I64 = ctypes.c_void_p, ctypes.c_int64


class Desc(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int32), ("nargs", ctypes.c_int32), ("args", P * 64)]  # room for the widest tuple a test builds


@dataclass(frozen=True)
class Typed:
    """A value with its static type (int, float, bool, str, None, list[T], tuple[A, B], ...)."""
    value: object
    type: object


def type_of(value) -> object:
    """The static type a Python value would have in a Pyrite program."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return type(value)
    if isinstance(value, list):
        return list[type_of(value[0]) if value else int]
    if isinstance(value, tuple):
        return tuple[tuple(type_of(v) for v in value)] if value else tuple[()]
    raise TypeError(value)


def _parts(t) -> tuple[str, tuple]:
    if t is None or t is type(None):
        return "None", ()
    if isinstance(t, types.GenericAlias):
        args = t.__args__
        if args == ((),):
            args = ()
        return t.__origin__.__name__, args
    return t.__name__, ()


class CValues:
    def __init__(self, runtime):
        self.rt = runtime
        self._descs: dict = {}
        # read directly: looking a global up in the JIT costs more than most calls
        self._live = runtime.global_value("pyr_live_objects", I64)
        self._pending = runtime.global_value("pyrite_exc_pending", ctypes.c_bool)

    # ---- type descriptors ----
    def desc(self, t) -> int:
        key = repr(t)
        if key not in self._descs:
            name, args = _parts(t)
            d = Desc(KINDS.index(name), len(args))
            for i, a in enumerate(args):
                d.args[i] = self.desc(a)
            self._descs[key] = d
        return ctypes.addressof(self._descs[key])

    # ---- making and reading values ----
    def live(self) -> int:
        return self._live.value

    def new_str(self, text: str) -> int:
        data = text.encode("utf-8", "surrogatepass")
        return self.rt.c("pyr_str_from_utf8", P, ctypes.c_char_p, I64)(data, len(data))

    def text(self, s: int) -> str:
        length = ctypes.c_int64.from_address(s + 16).value
        kind = ctypes.c_int32.from_address(s + 32).value
        raw = ctypes.string_at(s + 36, length * kind)
        text = raw.decode("ascii") if kind == 1 else raw.decode("utf-32-le", "surrogatepass")
        # the kind invariant that pyr_str_eq relies on: kind 1 exactly when all ASCII
        assert (kind == 1) == text.isascii(), f"kind {kind} for {text!r}"
        return text

    def make(self, value, t) -> int:
        """A new reference to value of type t, as its 8 bytes (bits)."""
        name, args = _parts(t)
        if name in ("int", "bool"):
            return int(value)
        if name == "float":
            return struct.unpack("<q", struct.pack("<d", value))[0]
        if name == "None":
            return 0
        if name == "str":
            return self.new_str(value)
        if name == "list":
            lst = self.rt.c("pyr_list_new", P, P, I64)(self.desc(t), 0)
            for item in value:
                bits = self.make(item, args[0])
                self.rt.c("pyr_list_append", None, P, I64)(lst, bits)
                self.release(bits, args[0])
            return lst
        if name == "tuple":
            tup = self.rt.c("pyr_tuple_new", P, P, I64)(self.desc(t), len(value))
            for i, (item, it) in enumerate(zip(value, args, strict=True)):
                bits = self.make(item, it)
                self.rt.c("pyr_tuple_init", None, P, I64, I64)(tup, i, bits)
                self.release(bits, it)
            return tup
        raise TypeError(t)

    def read(self, bits: int, t):
        name, args = _parts(t)
        if name == "int":
            return bits
        if name == "bool":
            return bool(bits)
        if name == "float":
            return struct.unpack("<d", struct.pack("<q", bits))[0]
        if name == "None":
            return None
        if name == "str":
            return self.text(bits)
        if name == "list":
            length = ctypes.c_int64.from_address(bits + 16).value
            items = ctypes.c_void_p.from_address(bits + 32).value
            return [self.read(ctypes.c_int64.from_address(items + 8 * i).value, args[0]) for i in range(length)]
        if name == "tuple":
            return tuple(self.read(ctypes.c_int64.from_address(bits + 24 + 8 * i).value, it)
                         for i, it in enumerate(args))
        raise TypeError(t)

    def release(self, bits: int, t) -> None:
        if _parts(t)[0] in ("str", "list", "tuple", "dict", "set") and bits:
            self.rt.c("pyr_decref", None, P)(bits)

    # ---- calling ----
    def _argument(self, value, made: list) -> tuple[list, list]:
        """(ctypes types, C values) for one Python argument."""
        if isinstance(value, Typed):
            bits = self.make(value.value, value.type)
            made.append((bits, value.type))
            return [I64, P], [bits, self.desc(value.type)]
        if value is None:
            return [P], [None]
        if isinstance(value, bool):
            return [ctypes.c_bool], [value]
        if isinstance(value, int):
            return [I64], [value]
        if isinstance(value, float):
            return [ctypes.c_double], [value]
        t = type_of(value)
        bits = self.make(value, t)
        made.append((bits, t))
        return [P], [bits]

    def call(self, name: str, restype, *args) -> tuple:
        """name(*args) in the runtime: ("ok", result as restype) or (exception, message).

        restype: int, bool, float, str, list[str], tuple[str, str, str], ...; None for void."""
        before = self.live()
        made: list = []
        argtypes, values = [], []
        for a in args:
            ts, vs = self._argument(a, made)
            argtypes += ts
            values += vs
        ctype = {int: I64, bool: ctypes.c_bool, float: ctypes.c_double, None: None}.get(restype, P)
        result = self.rt.c(name, ctype, *argtypes)(*values)
        exception = self.rt.take_exception() if self._pending.value else None
        outcome = exception
        if exception is None:
            outcome = ("ok", self.read(result, restype) if ctype is P else result)
            if ctype is P:
                self.release(result, restype)
        else:
            assert ctype is not P or not result, f"{name} raised but returned an object"
        for bits, t in made:
            self.release(bits, t)
        assert self.live() == before, f"{name}{args}: {self.live() - before} objects leaked"
        return outcome
