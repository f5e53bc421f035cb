"""The runtime's output against CPython: repr(float), str(int), and print() through stdout."""

import ctypes
import math
import random
import struct
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

REPR_EDGES = [
    0.1, 1e16, 1e-05, 123456.789, -0.0, 0.0, math.inf, -math.inf, math.nan, -math.nan,
    1.2345678901234568e17, 1e15, 1000000000000000.0, 9999999999999998.0, 5e-324, -5e-324,
    1e-4, 9.999999999999999e-05, 0.0001, 1e22, 1e23, 2.0**53, 2.0**63, 1.7976931348623157e308,
    2.2250738585072014e-308, 2.225073858507201e-308, 0.3, 2 / 3, 100.0, 1.5, 123.0, 1e-7,
]


def format_f64(runtime, x: float) -> str:
    buf = ctypes.create_string_buffer(32)
    length = runtime.format_f64(x, buf)
    assert 0 < length < 32
    return buf.raw[:length].decode()


def format_i64(runtime, x: int) -> str:
    buf = ctypes.create_string_buffer(32)
    length = runtime.format_i64(x, buf)
    return buf.raw[:length].decode()


def from_bits(bits: int) -> float:
    return struct.unpack("<d", bits.to_bytes(8, "little"))[0]


def test_repr_edges(runtime):
    for x in REPR_EDGES:
        assert format_f64(runtime, x) == repr(x)


def test_repr_every_power_of_two(runtime):
    # where the doubles below are twice as dense as above, and the nearest
    # 17-digit text is not always the shortest one that reads back
    for k in range(-1074, 1024):
        for x in (2.0**k, -(2.0**k), math.nextafter(2.0**k, 0), math.nextafter(2.0**k, math.inf)):
            assert format_f64(runtime, x) == repr(x), x.hex()


def test_repr_random_bit_patterns(runtime):
    rng = random.Random(1)
    for _ in range(20000):
        x = from_bits(rng.getrandbits(64))
        assert format_f64(runtime, x) == repr(x), x.hex()


def test_repr_short_decimals(runtime):
    rng = random.Random(2)
    for _ in range(20000):
        x = rng.randint(1, 10 ** rng.randint(1, 17)) / 10 ** rng.randint(0, 25)
        assert format_f64(runtime, x) == repr(x)


@settings(max_examples=1000, deadline=None)
@given(st.floats())
def test_repr_matches_cpython(runtime, x):
    assert format_f64(runtime, x) == repr(x)


def test_format_i64(runtime):
    for x in [0, 1, -1, 9, 10, -10, 2**31, 2**63 - 1, -(2**63), -(2**63) + 1, 10**18]:
        assert format_i64(runtime, x) == str(x)


@settings(max_examples=500, deadline=None)
@given(st.integers(-(2**63), 2**63 - 1))
def test_format_i64_matches_cpython(runtime, x):
    assert format_i64(runtime, x) == str(x)


# print(): in a child process, since it writes to the real stdout

PRINTED_INTS = [0, -7, 2**63 - 1, -(2**63)]
PRINTED_FLOATS = [0.1, -0.0, 1e16, math.nan, -math.inf, 5e-324]


def test_print_functions_write_what_print_writes(runtime_child):
    body = "".join(
        [f"runtime.print_i64({x}); runtime.write_str(b' ', 1)\n" for x in PRINTED_INTS]
        + [f"runtime.print_f64(float({repr(x)!r})); runtime.write_str(b' ', 1)\n"
           for x in PRINTED_FLOATS]
        + ["runtime.print_bool(True); runtime.write_str(b' ', 1)\n",
           "runtime.print_bool(False); runtime.write_str(b' ', 1)\n",
           "runtime.print_none(); runtime.write_str(b'\\n', 1)\n",
           "runtime.write_str('héllo\\n'.encode(), 7)\n",
           "runtime.flush()\n"])
    expected = subprocess.run(
        [sys.executable, "-c",
         f"print(*{PRINTED_INTS}, *[float(r) for r in {[repr(x) for x in PRINTED_FLOATS]}],"
         " True, False, None); print('héllo')"],
        capture_output=True)
    child = runtime_child(body)
    assert child.returncode == 0, child.stderr.decode()
    assert child.stdout == expected.stdout
