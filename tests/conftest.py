"""Deliberate miscompiles, injected in-process, for testing the triage tools.

The reducer, the bisector and the regression harness must be tested against
real wrong answers, and Pyrite (we hope) has none to offer; so these fixtures
make one stage wrong for the duration of a test. All three get `%` wrong the
way C does (the remainder takes the dividend's sign: -7 % 3 == -1, not 2):

- `miscompiling_constfold`: the constfold pass folds such a `%` wrongly (the
  interpreter and native code at -O0 stay right);
- `miscompiling_interp`: the IR interpreter evaluates it wrongly at every level
  (constfold, which shares ir/semantics.py but not the interpreter's import,
  stays right);
- `miscompiling_backend`: native code computes it wrongly (LLVM's srem).

Each check in the reducer runs in a forked child, which inherits the patch.
"""

import pytest

from pyrite.ir.ops import Binary


def c_remainder(a: int, b: int) -> int:
    """C's %: truncated division's remainder."""
    return a - b * int(a / b)


def _wrong(a: int, b: int) -> bool:
    return b != 0 and (a < 0) != (b < 0) and a % b != 0


@pytest.fixture
def miscompiling_constfold(monkeypatch):
    from pyrite.passes import constfold

    real = constfold._evaluate

    def evaluate(op, args):
        if isinstance(op, Binary) and op.op == "mod" and op.type.name == "i64" and _wrong(*args):
            return c_remainder(*args)
        return real(op, args)

    monkeypatch.setattr(constfold, "_evaluate", evaluate)


@pytest.fixture
def miscompiling_interp(monkeypatch):
    from pyrite.ir import interp

    real = interp.binary

    def binary(op, type_name, a, b):
        if op == "mod" and type_name == "i64" and _wrong(a, b):
            return c_remainder(a, b)
        return real(op, type_name, a, b)

    monkeypatch.setattr(interp, "binary", binary)


@pytest.fixture
def miscompiling_backend(monkeypatch):
    from pyrite.backend import arith

    monkeypatch.setattr(arith, "int_mod", lambda fl, x, y, at: fl.builder.srem(x, y))
