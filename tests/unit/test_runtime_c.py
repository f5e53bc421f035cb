"""The C object runtime (runtime/c/, ADR 0005) called directly, compared with CPython."""

import ctypes

import llvmlite.binding as llvm
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyrite.backend.link import zig_target
from pyrite.runtime.cbuild import runtime_bitcode
from pyrite.runtime.objects import KINDS

from cvalues import Desc

P = ctypes.c_void_p
I64 = ctypes.c_int64


def desc(kind: str, *args: Desc) -> Desc:
    d = Desc(KINDS.index(kind), len(args))
    for i, a in enumerate(args):
        d.args[i] = ctypes.addressof(a)
    _keep.append(d)
    return d


_keep: list = []
INT, FLOAT, STR = desc("int"), desc("float"), desc("str")


class Str:
    """Helpers that make, read and release PyrStr objects through the runtime."""

    def __init__(self, runtime):
        self.rt = runtime

    def new(self, text: str) -> int:
        data = text.encode("utf-8", "surrogatepass")
        return self.rt.c("pyr_str_from_utf8", P, ctypes.c_char_p, I64)(data, len(data))

    def text(self, s: int) -> str:
        length = ctypes.c_int64.from_address(s + 16).value
        kind = ctypes.c_int32.from_address(s + 32).value
        raw = ctypes.string_at(s + 36, length * kind)
        return raw.decode("ascii") if kind == 1 else raw.decode("utf-32-le", "surrogatepass")

    def release(self, s: int) -> None:
        self.rt.c("pyr_decref", None, P)(s)

    def live(self) -> int:
        return self.rt.global_value("pyr_live_objects", ctypes.c_int64).value


@pytest.fixture(scope="module")
def strs(runtime):
    return Str(runtime)


@pytest.mark.parametrize("triple", ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-musl",
                                    "riscv64-unknown-linux-musl", "wasm32-unknown-wasi"])
def test_runtime_bitcode_loads_into_llvmlite(triple):
    """Zig's clang must not be newer than llvmlite's LLVM (ADR 0005): the bitcode loads."""
    ref = llvm.parse_bitcode(runtime_bitcode(zig_target(triple)))
    ref.verify()
    assert ref.get_function("pyr_list_append")


def test_kinds_mirror_the_header():
    header = (runtime_bitcode.__globals__["C_DIR"] / "pyrite.h").read_text()
    for index, kind in enumerate(KINDS):
        assert f"PYR_{kind.upper()} = {index}," in header


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_str_roundtrip_and_repr(strs, runtime, text):
    s = strs.new(text)
    assert strs.text(s) == text
    assert runtime.c("pyr_str_len", I64, P)(s) == len(text)
    r = runtime.c("pyr_repr", P, I64, P)(s, ctypes.addressof(STR))
    assert strs.text(r) == repr(text)
    strs.release(r)
    strs.release(s)


@pytest.mark.parametrize("text", ["\u200b", "\x7f", "\xa0", "a'b", "a\"b", "'\"", "\\", "\ud800", "\U0001f600",
                                  "\U000e0001", "\t\n\r\x00", "é"])
def test_repr_edge_cases(strs, runtime, text):
    s = strs.new(text)
    r = runtime.c("pyr_repr", P, I64, P)(s, ctypes.addressof(STR))
    assert strs.text(r) == repr(text)
    strs.release(r)
    strs.release(s)


@pytest.mark.parametrize("index", [0, 2, -1, -3, 3, -4])
def test_str_getitem(strs, runtime, index):
    text = "aé😀"
    s = strs.new(text)
    got = runtime.c("pyr_str_getitem", P, P, I64)(s, index)
    if -3 <= index < 3:
        assert strs.text(got) == text[index]
        strs.release(got)
    else:
        assert got is None
        assert runtime.take_exception() == ("IndexError", "string index out of range")
    strs.release(s)


@settings(max_examples=300, deadline=None)
@given(st.integers(-(2**63), 2**63 - 1))
def test_int_hash_is_cpythons(runtime, x):
    assert runtime.c("pyr_value_hash", I64, I64, P)(x, ctypes.addressof(INT)) == hash(x)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False))
def test_float_hash_is_cpythons(runtime, x):
    bits = int.from_bytes(ctypes.c_double(x), "little", signed=True)
    assert runtime.c("pyr_value_hash", I64, I64, P)(bits, ctypes.addressof(FLOAT)) == hash(x)


def test_objects_are_freed(strs, runtime):
    before = strs.live()
    a, b = strs.new("ab"), strs.new("é")
    both = runtime.c("pyr_str_concat", P, P, P)(a, b)
    assert strs.text(both) == "abé"
    assert strs.live() == before + 3
    for s in (a, b, both):
        strs.release(s)
    assert strs.live() == before
