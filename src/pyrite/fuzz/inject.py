"""Deliberate miscompiles, switched on for a while, to test the triage tools on real wrong answers.

    with inject("constfold"):        # constfold folds -7 % 3 to -1 (C's remainder), not 2
        verdict = bisect("prog.py")

The reducer, the bisector and the regression harness are only worth trusting
if they have been seen to work on a wrong answer, and Pyrite (we hope) gives
none; so each of these makes one stage compute `%` of operands with different
signs the way C does (the remainder takes the dividend's sign):

    constfold   the constfold pass (the interpreter and native code stay right)
    interp      the IR interpreter at every -O level (constfold stays right)
    backend     native code (LLVM's srem)

Used by tests/conftest.py and bench/reduce_ratio.py; nothing else imports it.
A forked child (the reducer's checks, native runs) inherits the injection.
"""

from __future__ import annotations

import contextlib

from ..ir.ops import Binary


def c_remainder(a: int, b: int) -> int:
    """C's %: the remainder of truncating division."""
    return a - b * int(a / b)


def _differs(a: int, b: int) -> bool:
    return b != 0 and (a < 0) != (b < 0) and a % b != 0


def _wrong_constfold(real):
    def evaluate(op, args):
        if isinstance(op, Binary) and op.op == "mod" and op.type.name == "i64" and _differs(*args):
            return c_remainder(*args)
        return real(op, args)
    return evaluate


def _wrong_interp(real):
    def binary(op, type_name, a, b):
        if op == "mod" and type_name == "i64" and _differs(a, b):
            return c_remainder(a, b)
        return real(op, type_name, a, b)
    return binary


def _wrong_backend(real):
    return lambda fl, x, y, at: fl.builder.srem(x, y)


def _target(kind: str):
    """(module, attribute, wrapper) for an injection kind."""
    if kind == "constfold":
        from ..passes import constfold

        return constfold, "_evaluate", _wrong_constfold
    if kind == "interp":
        from ..ir import interp

        return interp, "binary", _wrong_interp
    if kind == "backend":
        from ..backend import arith

        return arith, "int_mod", _wrong_backend
    raise ValueError(f"unknown injection {kind!r}: constfold, interp or backend")


@contextlib.contextmanager
def inject(kind: str):
    module, name, wrap = _target(kind)
    real = getattr(module, name)
    setattr(module, name, wrap(real))
    try:
        yield
    finally:
        setattr(module, name, real)
