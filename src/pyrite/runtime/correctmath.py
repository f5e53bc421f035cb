"""exp, log, log2, log10, sin, cos, tan computed to ~100 bits, then rounded once.

CPython's math functions are the C library's, so the oracle's digits are glibc's on
the machine the tests run on. glibc rounds these functions correctly in all but
astronomically rare cases; the libm that Zig links into musl and WASI programs
(its compiler_rt ports of old fdlibm code) is often one unit in the last place off
(exp(1.0) gives 2.7182818284590455). So programs built for those targets use these
versions instead: double-double arithmetic (a value is hi + lo, ~106 bits) with
error-free transformations, accurate far past the 53 bits of the rounded result,
so the rounding is the correct one except where the exact value lies within about
2**-90 relative of a halfway point between two doubles.

    exp(x)   x = k*ln2 + r, |r| <= ln2/2; exp(r/256) by its Taylor series, squared
             8 times; times 2**k
    log(x)   x = m * 2**e, m in [sqrt(1/2), sqrt(2)); y0 = libm log(m), one Newton
             step y = y0 + u - u*u/2 with u = m*exp(-y0) - 1; plus e*ln2
    sin/cos  x = k*pi/2 + r (pi/2 in four parts, exact products), Taylor series of
    /tan     sin r and cos r, chosen and signed by k mod 4; |x| >= 2**20 falls back
             to the C library (its Payne-Hanek reduction; such arguments are rare)

Not used for the host (the JIT and `cc` builds), whose C library is CPython's own.
"""

from __future__ import annotations

from decimal import Decimal, getcontext, localcontext
from fractions import Fraction
from math import factorial, frexp

from llvmlite import ir

from pyrite.runtime.context import F64, I32, I64, RuntimeContext, Var, f64, while_loop
from pyrite.runtime.floatarith import is_nan

FUNCTIONS = ("exp", "log2", "log10", "sin", "cos", "tan")
SPLITTER = 134217729.0  # 2**27 + 1 (Veltkamp)
TRIG_LIMIT = 2.0**20  # beyond this, sin/cos/tan use the C library's argument reduction
EXP_SQUARINGS = 8
EXP_TERMS = 12  # Taylor terms of exp(s), |s| <= ln2/512
TRIG_TERMS = 15  # Taylor terms of sin and cos, |r| <= pi/4


# ---- constants, computed here to 60 digits ----------------------------------

def _decimal_pi() -> Decimal:
    """pi by Machin's formula, to the current decimal precision."""
    tiny = Decimal(10) ** -(getcontext().prec + 5)

    def arctan_inverse(n: int) -> Decimal:
        total, power, k = Decimal(0), Decimal(1) / n, 0
        while power > tiny:
            total += power / (2 * k + 1) * (-1) ** k
            power /= n * n
            k += 1
        return total
    return 16 * arctan_inverse(5) - 4 * arctan_inverse(239)


def _exact(value) -> Fraction:
    return Fraction(value) if not isinstance(value, Decimal) else Fraction(value)


def _dd(value) -> tuple[float, float]:
    """value (Decimal or Fraction) as a double-double hi + lo."""
    exact = _exact(value)
    hi = float(exact)
    return hi, float(exact - Fraction(hi))


def _parts(value, bits: int, count: int) -> list[float]:
    """value as `count` doubles of at most `bits` significant bits each, then the rest."""
    rest, parts = _exact(value), []
    for _ in range(count):
        scale = Fraction(2) ** (bits - 1 - _ilogb(float(rest)))
        part = Fraction(int(rest * scale)) / scale  # truncated to `bits` bits
        parts.append(float(part))
        rest -= part
    parts.append(float(rest))
    return parts


def _ilogb(x: float) -> int:
    return frexp(x)[1] - 1


with localcontext() as _context:
    _context.prec = 60
    _LN2 = Decimal(2).ln()
    _LN10 = Decimal(10).ln()
    _PI = _decimal_pi()
    LN2_PARTS = _parts(_LN2, 42, 2)             # k * part exact for |k| < 2**11
    LN2 = _dd(_LN2)
    INV_LN2 = _dd(1 / _LN2)
    PIO2_PARTS = _parts(_PI / 2, 33, 3)         # k * part exact for |k| < 2**20
    TWO_OVER_PI = float(2 / _PI)
    INV_LN2_D = float(1 / _LN2)
    INV_LN10_D = float(1 / _LN10)
    _LOG10_2 = Decimal(2).log10()
    LOG10_2_HI = _parts(_LOG10_2, 40, 1)[0]      # 13 low bits clear: y * HI exact
    LOG10_2_LO = float(_exact(_LOG10_2) - Fraction(LOG10_2_HI))

EXP_COEFFS = [_dd(Fraction(1, factorial(n))) for n in range(EXP_TERMS)]
SIN_COEFFS = [_dd(Fraction((-1) ** n, factorial(2 * n + 1))) for n in range(TRIG_TERMS)]
COS_COEFFS = [_dd(Fraction((-1) ** n, factorial(2 * n))) for n in range(TRIG_TERMS)]


# ---- double-double arithmetic, emitted inline --------------------------------

DD = tuple[ir.Value, ir.Value]


class DoubleDouble:
    """Error-free transformations and double-double ops on an IRBuilder (no FMA needed)."""

    def __init__(self, b: ir.IRBuilder):
        self.b = b

    def two_sum(self, x: ir.Value, y: ir.Value) -> DD:
        b = self.b
        s = b.fadd(x, y)
        v = b.fsub(s, x)
        return s, b.fadd(b.fsub(x, b.fsub(s, v)), b.fsub(y, v))

    def fast_two_sum(self, x: ir.Value, y: ir.Value) -> DD:  # |x| >= |y|
        b = self.b
        s = b.fadd(x, y)
        return s, b.fsub(y, b.fsub(s, x))

    def split(self, x: ir.Value) -> DD:
        b = self.b
        t = b.fmul(x, f64(SPLITTER))
        hi = b.fsub(t, b.fsub(t, x))
        return hi, b.fsub(x, hi)

    def two_prod(self, x: ir.Value, y: ir.Value) -> DD:
        b = self.b
        p = b.fmul(x, y)
        xh, xl = self.split(x)
        yh, yl = self.split(y)
        err = b.fsub(b.fmul(xh, yh), p)
        err = b.fadd(err, b.fmul(xh, yl))
        err = b.fadd(err, b.fmul(xl, yh))
        return p, b.fadd(err, b.fmul(xl, yl))

    def add(self, x: DD, y: DD) -> DD:
        s, e = self.two_sum(x[0], y[0])
        t, f = self.two_sum(x[1], y[1])
        s, e = self.fast_two_sum(s, self.b.fadd(e, t))
        return self.fast_two_sum(s, self.b.fadd(e, f))

    def mul(self, x: DD, y: DD) -> DD:
        b = self.b
        p, e = self.two_prod(x[0], y[0])
        e = b.fadd(e, b.fadd(b.fmul(x[0], y[1]), b.fmul(x[1], y[0])))
        return self.fast_two_sum(p, e)

    def mul_d(self, x: DD, y: ir.Value) -> DD:
        p, e = self.two_prod(x[0], y)
        return self.fast_two_sum(p, self.b.fadd(e, self.b.fmul(x[1], y)))

    def div(self, x: DD, y: DD) -> DD:
        b = self.b
        q1 = b.fdiv(x[0], y[0])
        r = self.add(x, self.neg(self.mul_d(y, q1)))
        q2 = b.fdiv(r[0], y[0])
        r = self.add(r, self.neg(self.mul_d(y, q2)))
        q3 = b.fdiv(r[0], y[0])
        return self.add(self.fast_two_sum(q1, q2), (q3, f64(0.0)))

    def neg(self, x: DD) -> DD:
        return self.b.fneg(x[0]), self.b.fneg(x[1])

    def const(self, pair: tuple[float, float]) -> DD:
        return f64(pair[0]), f64(pair[1])

    def horner(self, ctx: RuntimeContext, z: DD, coeffs: list[tuple[float, float]], name: str) -> DD:
        """coeffs[0] + coeffs[1]*z + coeffs[2]*z**2 + ..., as a loop over a constant table."""
        b = self.b
        tables = [_table(ctx, f"pyrite_cr_{name}_{part}", [c[i] for c in coeffs])
                  for i, part in enumerate(("hi", "lo"))]
        acc = [Var(b, F64, value) for value in self.const(coeffs[-1])]
        index = Var(b, I64, ir.Constant(I64, len(coeffs) - 2))
        with while_loop(b, lambda: b.icmp_signed(">=", index.get(), ir.Constant(I64, 0))):
            c = tuple(b.load(b.gep(t, [ir.Constant(I64, 0), index.get()], source_etype=t.value_type),
                             typ=F64) for t in tables)
            result = self.add(self.mul((acc[0].get(), acc[1].get()), z), c)
            acc[0].set(result[0])
            acc[1].set(result[1])
            index.set(b.sub(index.get(), ir.Constant(I64, 1)))
        return acc[0].get(), acc[1].get()

    def round(self, x: DD) -> ir.Value:
        return self.b.fadd(x[0], x[1])


def _table(ctx: RuntimeContext, name: str, values: list[float]) -> ir.GlobalVariable:
    existing = ctx.module.globals.get(name)
    if existing is not None:
        return existing
    typ = ir.ArrayType(F64, len(values))
    gv = ir.GlobalVariable(ctx.module, typ, name)
    gv.linkage, gv.global_constant = "private", True
    gv.initializer = ir.Constant(typ, [f64(v) for v in values])
    return gv


# ---- the functions ------------------------------------------------------------

def emit(ctx: RuntimeContext) -> None:
    emit_exp_core(ctx)
    emit_exp(ctx)
    emit_log_core(ctx)
    emit_log2(ctx)
    emit_log10(ctx)
    emit_trig(ctx)


def _ldexp(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value, k: ir.Value) -> ir.Value:
    return ctx.call(b, "llvm.ldexp.f64.i32", x, k)


def emit_exp_core(ctx: RuntimeContext) -> None:
    """Internal: exp(x) = 2**k * (hi + lo) for finite |x| <= 746; returns {hi, lo, k}."""
    ret = ir.LiteralStructType([F64, F64, I32])
    fn, b = ctx.define_helper("pyrite_cr_exp_core", ret, [F64])
    x, dd = fn.args[0], DoubleDouble(b)
    kf = ctx.call(b, "llvm.round.f64", b.fmul(x, f64(INV_LN2_D)))
    hi, mid, lo = LN2_PARTS
    r = dd.two_sum(b.fsub(x, b.fmul(kf, f64(hi))), b.fneg(b.fmul(kf, f64(mid))))
    r = dd.add(r, dd.neg(dd.two_prod(kf, f64(lo))))
    scale = f64(2.0 ** -EXP_SQUARINGS)
    s = (b.fmul(r[0], scale), b.fmul(r[1], scale))
    p = dd.horner(ctx, s, EXP_COEFFS, "exp")
    square = [Var(b, F64, value) for value in p]
    count = Var(b, I32, ir.Constant(I32, EXP_SQUARINGS))
    with while_loop(b, lambda: b.icmp_signed(">", count.get(), ir.Constant(I32, 0))):
        p = dd.mul((square[0].get(), square[1].get()), (square[0].get(), square[1].get()))
        square[0].set(p[0])
        square[1].set(p[1])
        count.set(b.sub(count.get(), ir.Constant(I32, 1)))
    p = square[0].get(), square[1].get()
    result = ir.Constant(ret, None)
    result = b.insert_value(b.insert_value(result, p[0], 0), p[1], 1)
    b.ret(b.insert_value(result, b.fptosi(kf, I32), 2))


def emit_exp(ctx: RuntimeContext) -> None:
    fn, b = ctx.define_helper("pyrite_cr_exp", F64, [F64])
    x = fn.args[0]
    with b.if_then(is_nan(b, x)):
        b.ret(x)
    with b.if_then(b.fcmp_ordered(">", x, f64(709.8))):
        b.ret(f64(float("inf")))
    with b.if_then(b.fcmp_ordered("<", x, f64(-745.2))):
        b.ret(f64(0.0))
    core = b.call(ctx.helper("pyrite_cr_exp_core"), [x])
    hi, lo, k = (b.extract_value(core, i) for i in range(3))
    with b.if_then(b.icmp_signed("<", k, ir.Constant(I32, -1020))):
        b.ret(_round_subnormal(ctx, b, hi, lo, k))
    # 2**k * (hi + lo), with k split in two so that neither scaling overflows early
    half = b.sdiv(k, ir.Constant(I32, 2))
    value = _ldexp(ctx, b, b.fadd(hi, lo), half)
    b.ret(_ldexp(ctx, b, value, b.sub(k, half)))


def _round_subnormal(ctx: RuntimeContext, b: ir.IRBuilder, hi: ir.Value, lo: ir.Value,
                     k: ir.Value) -> ir.Value:
    """2**k * (hi + lo) rounded once to the subnormal grid (multiples of 2**-1074):
    rounding hi + lo to a double first and then again when scaling could be off by one."""
    shift = b.add(k, ir.Constant(I32, 1074))
    units_hi, units_lo = _ldexp(ctx, b, hi, shift), _ldexp(ctx, b, lo, shift)  # exact
    n = ctx.call(b, "llvm.floor.f64", units_hi)
    rest = b.fadd(b.fsub(units_hi, n), units_lo)  # the fraction above n, in [0, 1] or so
    up = b.fcmp_ordered(">", rest, f64(0.5))
    tie = b.fcmp_ordered("==", rest, f64(0.5))
    odd = b.fcmp_ordered("==", b.frem(n, f64(2.0)), f64(1.0))
    n = b.select(b.or_(up, b.and_(tie, odd)), b.fadd(n, f64(1.0)), n)
    n = b.select(b.fcmp_ordered("<", rest, f64(-0.5)), b.fsub(n, f64(1.0)), n)
    return _ldexp(ctx, b, n, ir.Constant(I32, -1074))


def emit_log_core(ctx: RuntimeContext) -> None:
    """Internal: log(x) for finite x > 0 as {hi, lo} (double-double)."""
    ret = ir.LiteralStructType([F64, F64])
    fn, b = ctx.define_helper("pyrite_cr_log_core", ret, [F64])
    x, dd = fn.args[0], DoubleDouble(b)
    parts = ctx.call(b, "llvm.frexp.f64.i32", x)
    m, e = b.extract_value(parts, 0), b.extract_value(parts, 1)
    low = b.fcmp_ordered("<", m, f64(0.7071067811865476))
    m = b.select(low, b.fmul(m, f64(2.0)), m)
    e = b.select(low, b.sub(e, ir.Constant(I32, 1)), e)
    y0 = ctx.call(b, "log", m)
    core = b.call(ctx.helper("pyrite_cr_exp_core"), [b.fneg(y0)])
    k = b.extract_value(core, 2)
    t = (_ldexp(ctx, b, b.extract_value(core, 0), k), _ldexp(ctx, b, b.extract_value(core, 1), k))
    u = dd.add(dd.mul_d(t, m), (f64(-1.0), f64(0.0)))  # m * exp(-y0) - 1, tiny
    u2 = b.fmul(b.fmul(u[0], u[0]), f64(0.5))
    y = dd.add(dd.two_sum(y0, u[0]), (u[1], b.fneg(u2)))
    ef = b.sitofp(e, F64)
    hi, mid, lo = LN2_PARTS
    e_ln2 = dd.add(dd.two_sum(b.fmul(ef, f64(hi)), b.fmul(ef, f64(mid))), dd.two_prod(ef, f64(lo)))
    total = dd.add(e_ln2, y)
    result = ir.Constant(ret, None)
    b.ret(b.insert_value(b.insert_value(result, total[0], 0), total[1], 1))


def _log_specials(b: ir.IRBuilder, x: ir.Value) -> None:
    """C's log family on nan, 0, negative and +inf arguments (returns from the function)."""
    with b.if_then(b.fcmp_unordered("uno", x, x)):
        b.ret(x)
    with b.if_then(b.fcmp_ordered("==", x, f64(0.0))):
        b.ret(f64(float("-inf")))
    with b.if_then(b.fcmp_ordered("<", x, f64(0.0))):
        b.ret(f64(float("nan")))
    with b.if_then(b.fcmp_ordered("==", x, f64(float("inf")))):
        b.ret(x)


def emit_log2(ctx: RuntimeContext) -> None:
    """pyrite_cr_log2(x): log(x) / ln 2 in double-double, rounded once (exact for 2**k)."""
    fn, b = ctx.define_helper("pyrite_cr_log2", F64, [F64])
    x, dd = fn.args[0], DoubleDouble(b)
    _log_specials(b, x)
    core = b.call(ctx.helper("pyrite_cr_log_core"), [x])
    value = dd.mul((b.extract_value(core, 0), b.extract_value(core, 1)), dd.const(INV_LN2))
    b.ret(dd.round(value))


def emit_log10(ctx: RuntimeContext) -> None:
    """pyrite_cr_log10(x): the classic method glibc uses, on top of the C library's log
    (which for Zig's libm agrees with glibc's): x = x' * 2**y with x' in [1, 2) for
    x >= 1 and in [1/2, 1) below, then (y*LO + log(x')/ln 10) + y*HI, log10(2) = HI + LO.
    A correctly rounded log10 would differ from glibc's for about 1 argument in 30."""
    fn, b = ctx.define_helper("pyrite_cr_log10", F64, [F64])
    x = fn.args[0]
    _log_specials(b, x)
    parts = ctx.call(b, "llvm.frexp.f64.i32", x)  # x = m * 2**e, m in [1/2, 1)
    m, e = b.extract_value(parts, 0), b.extract_value(parts, 1)
    at_least_one = b.icmp_signed(">", e, ir.Constant(I32, 0))  # x >= 1
    x_scaled = b.select(at_least_one, b.fmul(m, f64(2.0)), m)
    y = b.sitofp(b.select(at_least_one, b.sub(e, ir.Constant(I32, 1)), e), F64)
    z = b.fadd(b.fmul(y, f64(LOG10_2_LO)), b.fmul(f64(INV_LN10_D), ctx.call(b, "log", x_scaled)))
    b.ret(b.fadd(z, b.fmul(y, f64(LOG10_2_HI))))


def _emit_sin_cos_dd(ctx: RuntimeContext, dd: DoubleDouble, r: DD) -> tuple[DD, DD]:
    z = dd.mul(r, r)
    return dd.mul(r, dd.horner(ctx, z, SIN_COEFFS, "sin")), dd.horner(ctx, z, COS_COEFFS, "cos")


def emit_trig(ctx: RuntimeContext) -> None:
    """Internal pyrite_cr_trig(x, which) -> sin (0), cos (1) or tan (2) of a finite
    |x| < TRIG_LIMIT; and the three public helpers that handle the other arguments."""
    fn, b = ctx.define_helper("pyrite_cr_trig", F64, [F64, I32])
    x, which = fn.args
    dd = DoubleDouble(b)
    kf = ctx.call(b, "llvm.round.f64", b.fmul(x, f64(TWO_OVER_PI)))
    p1, p2, p3, p4 = PIO2_PARTS
    r = (b.fsub(x, b.fmul(kf, f64(p1))), f64(0.0))
    r = dd.add(r, (b.fneg(b.fmul(kf, f64(p2))), f64(0.0)))
    r = dd.add(r, (b.fneg(b.fmul(kf, f64(p3))), f64(0.0)))
    r = dd.add(r, dd.neg(dd.two_prod(kf, f64(p4))))
    sin_r, cos_r = _emit_sin_cos_dd(ctx, dd, r)
    quadrant = b.and_(b.fptosi(kf, I64), ir.Constant(I64, 3))
    odd = b.trunc(quadrant, ir.IntType(1))
    # sin: s, c, -s, -c; cos: c, -s, -c, s (by quadrant)
    sin_value = dd.round(sin_r)
    cos_value = dd.round(cos_r)
    sin_q = b.select(odd, cos_value, sin_value)
    sin_q = b.select(b.icmp_unsigned(">=", quadrant, ir.Constant(I64, 2)), b.fneg(sin_q), sin_q)
    cos_q = b.select(odd, sin_value, cos_value)
    cos_negative = b.or_(b.icmp_unsigned("==", quadrant, ir.Constant(I64, 1)),
                         b.icmp_unsigned("==", quadrant, ir.Constant(I64, 2)))
    cos_q = b.select(cos_negative, b.fneg(cos_q), cos_q)
    tan_even = dd.round(dd.div(sin_r, cos_r))
    tan_odd = b.fneg(dd.round(dd.div(cos_r, sin_r)))
    tan_q = b.select(odd, tan_odd, tan_even)
    result = b.select(b.icmp_signed("==", which, ir.Constant(I32, 0)), sin_q,
                      b.select(b.icmp_signed("==", which, ir.Constant(I32, 1)), cos_q, tan_q))
    b.ret(result)
    for index, name in enumerate(("sin", "cos", "tan")):
        _emit_trig_entry(ctx, name, index)


def _emit_trig_entry(ctx: RuntimeContext, name: str, index: int) -> None:
    fn, b = ctx.define_helper(f"pyrite_cr_{name}", F64, [F64])
    x = fn.args[0]
    big = b.fcmp_unordered(">=", ctx.call(b, "llvm.fabs.f64", x), f64(TRIG_LIMIT))
    with b.if_then(big):  # also nan and +-inf: the C library's answer (nan)
        b.ret(ctx.call(b, name, x))
    if name != "cos":  # sin(+-0.0) and tan(+-0.0) keep the sign of zero
        with b.if_then(b.fcmp_ordered("==", x, f64(0.0))):
            b.ret(x)
    b.ret(b.call(ctx.helper("pyrite_cr_trig"), [x, ir.Constant(I32, index)]))
