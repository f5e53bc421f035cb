"""The fuzzer's generator and oracle: deterministic, well-typed, well-defined programs."""

import re
import sys

import pytest

from pyrite.frontend import check
from pyrite.fuzz.generate import FEATURES, generate
from pyrite.fuzz.oracle import Outcome, check_program, overflow_ok, run_cpython

SEEDS = range(50)
DELIBERATE = ("ZeroDivisionError", "ValueError", "AssertionError")
INT = re.compile(r"(?<![\w.])-?\d+(?![\w.])")


def test_same_seed_same_program():
    assert generate(7) == generate(7)
    assert generate(7) != generate(8)
    assert generate(3, {"int_arith", "while"}) == generate(3, {"int_arith", "while"})


def test_features_restrict_the_program():
    text = generate(5, {"int_arith"})
    assert "while" not in text and "def " not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_program_is_accepted_and_well_defined(seed):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    text = generate(seed)
    check(text, f"seed-{seed}.py")  # raises CompileError if the generator left the subset
    outcome = run_cpython(text, f"seed-{seed}.py")
    if outcome.status == 1:
        assert outcome.last_stderr.startswith(DELIBERATE), outcome.last_stderr
    else:
        assert outcome.status in range(6) and (outcome.status == 0 or "sys.exit" in text)
    if "# deliberate overflow" in text:
        return  # CPython prints an int beyond 64 bits at the end; the oracle accepts Pyrite's OverflowError there
    for token in INT.findall(outcome.stdout):
        assert -(2**63) <= int(token) < 2**63, token  # Pyrite would raise OverflowError here


def test_swarm_covers_every_feature():
    seen = set()
    for seed in SEEDS:
        seen.update(generate(seed).splitlines()[0].split(":", 1)[1].split())
    assert seen == set(FEATURES)


def test_overflow_is_the_documented_deviation():
    ref = Outcome("1\n2\n9223372036854775808\n", "", 0)
    assert overflow_ok(ref, Outcome("1\n2\n", "OverflowError: integer overflow: the result does not fit in 64 bits", 1))
    assert not overflow_ok(ref, Outcome("1\n", "OverflowError: integer overflow: the result does not fit in 64 bits", 1))
    assert not overflow_ok(ref, Outcome("1\n3\n", "OverflowError: integer overflow: the result does not fit in 64 bits", 1))


@pytest.mark.parametrize("seed", range(5))
def test_differential_run_agrees(seed):
    result = check_program(generate(seed), f"seed-{seed}.py", native=(2,) if seed % 2 else (0,))
    assert result.ok, (result.signature, result.detail)
