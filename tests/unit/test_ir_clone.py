"""clone_module: an independent copy that passes see exactly as they would see the original."""

import sys

import pytest

from pyrite.driver.compile import Options, optimize
from pyrite.frontend import check
from pyrite.fuzz.generate import generate
from pyrite.ir.clone import clone_module
from pyrite.ir.printer import print_module
from pyrite.ir.verifier import verify
from pyrite.irgen import lower_module


def _irgen(seed: int):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    return lower_module(check(generate(seed), f"seed-{seed}.py"))


@pytest.mark.parametrize("seed", range(4))
def test_clone_prints_the_same_and_verifies(seed):
    base = _irgen(seed)
    copy = clone_module(base)
    verify(copy)
    assert print_module(copy) == print_module(base)
    for fn, twin in zip(base.functions.values(), copy.functions.values()):
        old_ops, new_ops = list(fn.ops()), list(twin.ops())
        assert not set(map(id, old_ops)) & set(map(id, new_ops))  # nothing shared
        assert [[id(u) for u in (op.result.uses if op.result else [])] for op in new_ops] == [
            [id(new_ops[old_ops.index(u)]) for u in (op.result.uses if op.result else [])] for op in old_ops]


@pytest.mark.parametrize("seed", range(4))
def test_optimising_a_clone_leaves_the_original_alone(seed):
    base = _irgen(seed)
    before = print_module(base)
    optimized_clone = print_module(optimize(clone_module(base), Options(level=2)))
    assert print_module(base) == before
    assert optimized_clone == print_module(optimize(_irgen(seed), Options(level=2)))
    assert optimized_clone != before
