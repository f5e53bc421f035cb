"""The runtime's small-block allocator (runtime/c/mem.c, docs/adr/0011) called directly.

Each test gets a runtime loaded afresh from the session's object file, so the
allocator starts with no arena and the addresses it hands out are predictable.
Every block is filled with a pattern of its own, and the patterns are checked
before each free or realloc: a block handed out twice, or a realloc that lost
data, shows up as a changed byte.
"""

import ctypes
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import JittedRuntime

C_DIR = Path(__file__).resolve().parents[2] / "src" / "pyrite" / "runtime" / "c"
SMALL_MAX = 512
ALIGNMENT = 16
POOL_SIZE = 16 * 1024
ARENA_POOLS = 16  # 17 when malloc's answer happens to be aligned to POOL_SIZE

P, SIZE, I64 = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int64


class Mem:
    """pyr_mem_* of one fresh runtime, with a byte pattern kept for every live block."""

    def __init__(self, runtime: JittedRuntime):
        self.runtime = runtime  # the engine must outlive the functions taken from it
        self._alloc = runtime.c("pyr_mem_alloc", P, SIZE)
        self._realloc = runtime.c("pyr_mem_realloc", P, P, SIZE)
        self._free = runtime.c("pyr_mem_free", None, P)
        self.block_size = runtime.c("pyr_mem_block_size", I64, P)
        self.arenas = runtime.c("pyr_mem_arenas", I64)
        self.live: dict[int, bytes] = {}

    def alloc(self, n: int) -> int:
        p = self._alloc(n)
        assert p, f"alloc({n}) gave NULL"
        assert p % ALIGNMENT == 0
        assert p not in self.live, "a live block was handed out again"
        self._fill(p, n)
        return p

    def realloc(self, p: int, n: int) -> int:
        self.check(p)
        old = self.live.pop(p)
        q = self._realloc(p, n)
        assert q and q % ALIGNMENT == 0
        keep = min(len(old), n)
        assert ctypes.string_at(q, keep) == old[:keep], "realloc lost data"
        self._fill(q, n)
        return q

    def free(self, p: int) -> None:
        self.check(p)
        del self.live[p]
        self._free(p)

    def check(self, p: int) -> None:
        data = self.live[p]
        assert ctypes.string_at(p, len(data)) == data, "a live block was overwritten"

    def _fill(self, p: int, n: int) -> None:
        data = bytes((p // ALIGNMENT + i) % 251 for i in range(n))
        ctypes.memmove(p, data, n)
        self.live[p] = data


@pytest.fixture
def mem(runtime_object_file) -> Mem:
    return Mem(JittedRuntime.load(str(runtime_object_file)))


def class_size(n: int) -> int:
    return max(ALIGNMENT, -(-n // ALIGNMENT) * ALIGNMENT)


def test_every_size_class_boundary(mem):
    """0..512 bytes get the smallest multiple of 16 that holds them; 513 goes to malloc."""
    for n in range(SMALL_MAX + 2):
        p = mem.alloc(n)
        expected = class_size(n) if n <= SMALL_MAX else 0
        assert mem.block_size(p) == expected, n
    for p in list(mem.live):
        mem.free(p)


def test_blocks_of_a_class_are_adjacent_and_reused_last_freed_first(mem):
    a, b, c = mem.alloc(40), mem.alloc(48), mem.alloc(33)
    assert (b - a, c - b) == (48, 48)
    mem.free(b)
    mem.free(a)
    assert mem.alloc(45) == a
    assert mem.alloc(48) == b
    assert mem.alloc(48) == c + 48


def test_a_full_pool_is_offered_again_when_a_block_is_freed(mem):
    per_pool = (POOL_SIZE - 64) // 512
    blocks = [mem.alloc(512) for _ in range(per_pool + 1)]
    first_pool = blocks[0] & ~(POOL_SIZE - 1)
    assert blocks[per_pool] & ~(POOL_SIZE - 1) != first_pool  # the first pool filled up
    mem.free(blocks[3])
    assert mem.alloc(500) == blocks[3]


def test_realloc_within_and_across_classes(mem):
    p = mem.alloc(20)
    assert mem.realloc(p, 32) == p  # still fits its class
    q = mem.realloc(p, 33)  # the next class: moved, contents kept
    assert mem.block_size(q) == 48
    q = mem.realloc(q, 300)
    assert mem.block_size(q) == 304
    assert mem.realloc(q, 240) == q  # shrinking by a quarter or less keeps the block
    r = mem.realloc(q, 40)  # shrinking to far less moves it
    assert mem.block_size(r) == 48
    mem.free(r)


def test_realloc_into_and_out_of_malloc(mem):
    p = mem.alloc(500)
    big = mem.realloc(p, 513)
    assert mem.block_size(big) == 0
    big = mem.realloc(big, 100_000)
    assert mem.block_size(big) == 0
    small = mem.realloc(big, 512)  # back into a pool, the first 512 bytes kept
    assert mem.block_size(small) == 512
    fresh = mem._realloc(None, 7)  # realloc of NULL allocates
    assert mem.block_size(fresh) == 16
    mem._free(fresh)
    for block in list(mem.live):
        mem.free(block)


def test_large_blocks_go_to_malloc_and_free_through_pyr_mem_free(mem):
    blocks = [mem.alloc(n) for n in (513, 4096, 1 << 20)]
    assert [mem.block_size(b) for b in blocks] == [0, 0, 0]
    assert mem.arenas() == 0  # no pool was needed
    for b in blocks:
        mem.free(b)


def test_empty_pools_move_between_classes(mem):
    """15 of an arena's 16 pools filled with 16-byte blocks, freed, then 14 pools'
    worth of 512-byte blocks: the freed pools serve the new class, no arena is added."""
    small = [mem.alloc(16) for _ in range(15 * ((POOL_SIZE - 64) // 16))]
    assert mem.arenas() == 1
    for p in small:
        mem.free(p)
    big = [mem.alloc(512) for _ in range(14 * ((POOL_SIZE - 64) // 512))]
    assert mem.arenas() == 1
    for p in big:
        mem.free(p)


def test_arenas_are_given_back_and_the_pool_set_survives_growth(mem):
    """About 80 arenas (the set of pool numbers grows from 64 slots to 4096), freed
    in a random order: every block is still known as a pool block until it is
    freed, and at most two arenas are left at the end: the one holding the
    class's last pool (kept empty) and one spare."""
    blocks = [mem._alloc(512) for _ in range(80 * ARENA_POOLS * ((POOL_SIZE - 64) // 512))]
    assert 80 * ARENA_POOLS // (ARENA_POOLS + 1) <= mem.arenas() <= 80  # 16 or 17 pools each
    random.Random(7).shuffle(blocks)
    for p in blocks:
        assert mem.block_size(p) == 512
        mem._free(p)
    assert mem.arenas() <= 2


@pytest.fixture(scope="module")
def shared_mem(runtime_object_file) -> Mem:
    return Mem(JittedRuntime.load(str(runtime_object_file)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["alloc", "realloc", "free"]),
                          st.integers(0, 1200), st.integers(0, 10**6)), max_size=120))
def test_random_alloc_realloc_free_keep_every_block_intact(shared_mem, ops):
    mem = shared_mem
    for op, size, pick in ops:
        live = sorted(mem.live)
        if op == "alloc" or not live:
            mem.alloc(size)
        elif op == "realloc":
            mem.realloc(live[pick % len(live)], size)
        else:
            mem.free(live[pick % len(live)])
    for p in list(mem.live):
        mem.free(p)


def test_the_runtime_allocates_only_through_pyr_mem():
    """A block from malloc freed by pyr_mem_free (or the reverse) would corrupt a
    pool: outside mem.c, no C runtime file calls the C library's allocator."""
    call = re.compile(r"(?<![\w.])(malloc|calloc|realloc|free|aligned_alloc|strdup)\s*\(")
    offenders = []
    for path in sorted(C_DIR.glob("*.[ch]")):
        if path.name == "mem.c":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if call.search(line.split("//")[0]):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
