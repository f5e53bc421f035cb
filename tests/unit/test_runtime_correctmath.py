"""The correctly rounded math of cross targets (runtime/correctmath.py), run on this host.

exp, log2, sin, cos and tan must be the exact value rounded to nearest, which the
decimal module computes to 80 digits; log10 must be glibc's (on a glibc host, the
method it reproduces on top of log); special arguments must give C's answers and
CPython's exceptions.
"""

from __future__ import annotations

import math
import platform
import random
from decimal import Decimal, localcontext
from fractions import Fraction

import llvmlite.binding as llvm
import pytest
from llvmlite import ir

from conftest import JittedRuntime, _target_machine, optimised, same
from pyrite.runtime import emit_runtime

PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803")


@pytest.fixture(scope="module")
def crt() -> JittedRuntime:
    module = ir.Module(name="pyrite_runtime_correctmath")
    emit_runtime(module, linkage="external", libm="pyrite")
    target_machine = _target_machine()
    engine = llvm.create_mcjit_compiler(optimised(module, target_machine), target_machine)
    engine.finalize_object()
    return JittedRuntime(engine)


def _sin(x: Decimal) -> Decimal:
    x %= 2 * PI
    total, term, n = Decimal(0), x, 1
    while abs(term) > Decimal(10) ** -85:
        total += term
        term = -term * x * x / ((n + 1) * (n + 2))
        n += 2
    return total


EXACT = {
    "exp": lambda x: x.exp(),
    "log2": lambda x: x.ln() / Decimal(2).ln(),
    "sin": _sin,
    "cos": lambda x: _sin(x + PI / 2),
    "tan": lambda x: _sin(x) / _sin(x + PI / 2),
}


def _inputs(name: str, count: int) -> list[float]:
    rng = random.Random(name)
    if name == "exp":
        return [rng.uniform(-745.0, 709.7) if i % 2 else rng.uniform(-3.0, 3.0) for i in range(count)]
    if name == "log2":
        return [math.ldexp(rng.uniform(0.5, 1.0), rng.randint(-1074, 1024)) for _ in range(count)]
    return [rng.uniform(-8.0, 8.0) if i % 2 else rng.uniform(-1e6, 1e6) for i in range(count)]


@pytest.mark.parametrize("name", list(EXACT))
def test_correctly_rounded(crt, name):
    wrong = []
    for x in _inputs(name, 400):
        got = getattr(crt, f"math_{name}")(x)
        assert crt.take_exception() is None, (name, x)
        with localcontext() as context:
            context.prec = 80
            exact = float(Fraction(EXACT[name](Decimal(x))))
        if not same(got, exact):
            wrong.append((x, got, exact))
    assert not wrong, f"{name}: {len(wrong)} results not correctly rounded, e.g. {wrong[:3]}"


def test_exp_one_is_e(crt):
    """The value Zig's libm gets wrong (2.7182818284590455)."""
    assert crt.math_exp(1.0) == math.e == 2.718281828459045


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="compares with glibc's log10")
def test_log10_is_glibcs(crt):
    rng = random.Random(10)
    xs = [math.ldexp(rng.uniform(0.5, 1.0), rng.randint(-1074, 1024)) for _ in range(2000)]
    xs += [10.0 ** k for k in range(-20, 23)] + [rng.uniform(0.0, 100.0) for _ in range(2000)]
    wrong = [(x, crt.math_log10(x), math.log10(x)) for x in xs if crt.math_log10(x) != math.log10(x)]
    assert not wrong, f"{len(wrong)} differ from glibc, e.g. {wrong[:3]}"


EXACT_SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan]  # C gives exact answers here
NEAR_SPECIALS = [1.0, -1.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 709.78, 709.79,
                 -708.4, -745.13, -745.2, -1000.0, 1e300, 1048575.9, 1048576.0, 2.0 ** 60,
                 math.pi / 2, -math.pi / 4]


@pytest.mark.parametrize("name", ["exp", "log2", "log10", "sin", "cos", "tan"])
def test_special_arguments(crt, name):
    """Zeros keep their sign; nan, inf, overflow and domain errors are CPython's; near the
    ends of each range the value is within an ulp of glibc's."""
    for x in EXACT_SPECIALS:
        crt.check(f"math_{name}", (x,), getattr(math, name))
    for x in NEAR_SPECIALS:
        _check_near(crt, name, x)


def _check_near(crt, name: str, x: float) -> None:
    """Where the value is finite, the result may differ from glibc's only in rounding."""
    got = crt.call(f"math_{name}", x)
    try:
        expected = getattr(math, name)(x)
    except (OverflowError, ValueError) as error:
        assert got == (type(error).__name__, str(error)), (name, x, got)
        return
    assert got[0] == "ok", (name, x, got)
    value = got[1]
    assert math.copysign(1.0, value) == math.copysign(1.0, expected) or expected == 0.0, (name, x, value)
    assert value == expected or abs(value - expected) <= math.ulp(expected), (name, x, value, expected)
