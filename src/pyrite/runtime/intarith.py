"""int arithmetic with Python's semantics on 64-bit ints.

Results that CPython would give but that do not fit in 64 bits raise OverflowError
("integer overflow: the result does not fit in 64 bits", Pyrite's documented limit);
they never wrap.
No i128 division is used: it needs compiler-rt, which the JIT and wasm lack.
"""

from llvmlite import ir

from pyrite.runtime.abi import NEGATIVE_EXPONENT_MESSAGE, OVERFLOW_MESSAGE
from pyrite.runtime.context import (
    F64, I1, I64, INT64_MIN, RuntimeContext, Var, f64, i64, while_loop)

TWO_POW_53 = 2**53


def emit(ctx: RuntimeContext) -> None:
    emit_int_floordiv(ctx)
    emit_int_mod(ctx)
    emit_int_truediv(ctx)
    emit_int_pow(ctx)
    emit_mulmod(ctx)
    emit_invmod(ctx)
    emit_int_powmod(ctx)
    emit_factorial(ctx)
    emit_gcd(ctx)


def magnitude(b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    """|x| as an unsigned 64-bit value (|INT64_MIN| = 2**63 fits)."""
    return b.select(b.icmp_signed("<", x, i64(0)), b.sub(i64(0), x), x)


def _needs_floor_fix(b: ir.IRBuilder, rem: ir.Value, divisor: ir.Value) -> ir.Value:
    """C truncates toward zero; Python floors: fix when the remainder's sign differs."""
    nonzero = b.icmp_signed("!=", rem, i64(0))
    return b.and_(nonzero, b.icmp_signed("<", b.xor(rem, divisor), i64(0)))


def emit_int_floordiv(ctx: RuntimeContext) -> None:
    """pyrite_int_floordiv(a, b) -> a // b, rounding toward -infinity.

    b == 0: ZeroDivisionError; INT64_MIN // -1: OverflowError."""
    fn, b = ctx.define("pyrite_int_floordiv")
    x, y = fn.args
    ctx.fail_if(b, b.icmp_signed("==", y, i64(0)), "ZeroDivisionError",
                "integer division or modulo by zero", i64(0))
    ctx.fail_if(b, b.and_(b.icmp_signed("==", x, i64(INT64_MIN)), b.icmp_signed("==", y, i64(-1))),
                "OverflowError", OVERFLOW_MESSAGE, i64(0))
    quotient = b.sdiv(x, y)
    fix = _needs_floor_fix(b, b.srem(x, y), y)
    b.ret(b.sub(quotient, b.zext(fix, I64)))


def emit_int_mod(ctx: RuntimeContext) -> None:
    """pyrite_int_mod(a, b) -> a % b, with the sign of b. b == 0: ZeroDivisionError."""
    fn, b = ctx.define("pyrite_int_mod")
    x, y = fn.args
    ctx.fail_if(b, b.icmp_signed("==", y, i64(0)), "ZeroDivisionError",
                "integer modulo by zero", i64(0))
    with b.if_then(b.icmp_signed("==", y, i64(-1))):  # srem INT64_MIN, -1 is undefined
        b.ret(i64(0))
    rem = b.srem(x, y)
    b.ret(b.select(_needs_floor_fix(b, rem, y), b.add(rem, y), rem))


def emit_int_truediv(ctx: RuntimeContext) -> None:
    """pyrite_int_truediv(a, b) -> a / b, correctly rounded like CPython.

    When |a|, |b| <= 2**53 both convert exactly and one division rounds once. Otherwise
    long division gives at least 55 quotient bits; the remainder, OR-ed into the last
    bit as a sticky bit, lets the exact u64 -> double conversion round half-to-even
    correctly. b == 0: ZeroDivisionError."""
    fn, b = ctx.define("pyrite_int_truediv")
    x, y = fn.args
    ctx.fail_if(b, b.icmp_signed("==", y, i64(0)), "ZeroDivisionError", "division by zero",
                f64(0.0))
    ux, uy = magnitude(b, x), magnitude(b, y)
    small = b.and_(b.icmp_unsigned("<=", ux, i64(TWO_POW_53)),
                   b.icmp_unsigned("<=", uy, i64(TWO_POW_53)))
    with b.if_then(small):
        b.ret(b.fdiv(b.sitofp(x, F64), b.sitofp(y, F64)))
    negative = b.xor(b.icmp_signed("<", x, i64(0)), b.icmp_signed("<", y, i64(0)))
    sign = b.select(negative, f64(-1.0), f64(1.0))
    with b.if_then(b.icmp_unsigned("==", ux, i64(0))):
        b.ret(b.fmul(sign, f64(0.0)))
    quotient = Var(b, I64, b.udiv(ux, uy))
    rem = Var(b, I64, b.urem(ux, uy))
    shift = Var(b, I64, i64(0))
    with while_loop(b, lambda: b.icmp_unsigned("<", quotient.get(), i64(2**54))):
        r = rem.get()
        doubled = b.shl(r, i64(1))  # 2r may need 65 bits: then it certainly exceeds uy
        bit = b.or_(b.icmp_signed("<", r, i64(0)), b.icmp_unsigned(">=", doubled, uy))
        rem.set(b.select(bit, b.sub(doubled, uy), doubled))
        quotient.set(b.or_(b.shl(quotient.get(), i64(1)), b.zext(bit, I64)))
        shift.set(b.add(shift.get(), i64(1)))
    sticky = b.zext(b.icmp_unsigned("!=", rem.get(), i64(0)), I64)
    value = b.uitofp(b.or_(quotient.get(), sticky), F64)
    # 2**-shift, with shift <= 119: a normal double built from its exponent field
    scale = b.bitcast(b.shl(b.sub(i64(1023), shift.get()), i64(52)), F64)
    b.ret(b.fmul(b.fmul(value, scale), sign))


def _checked_mul(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    pair = ctx.call(b, "llvm.smul.with.overflow.i64", x, y)
    ctx.fail_if(b, b.extract_value(pair, 1), "OverflowError", OVERFLOW_MESSAGE, i64(0))
    return b.extract_value(pair, 0)


def emit_int_pow(ctx: RuntimeContext) -> None:
    """pyrite_int_pow(base, exp) -> base ** exp. OverflowError when the result does not
    fit in 64 bits; exp < 0 (a float in CPython) is Pyrite's documented ValueError.

    Squaring the base overflows only when a later factor needs it, and every factor
    has magnitude >= 1, so an overflow anywhere means the result overflows."""
    fn, b = ctx.define("pyrite_int_pow")
    ctx.fail_if(b, b.icmp_signed("<", fn.args[1], i64(0)), "ValueError",
                NEGATIVE_EXPONENT_MESSAGE, i64(0))
    base, exp = Var(b, I64, fn.args[0]), Var(b, I64, fn.args[1])
    result = Var(b, I64, i64(1))
    with while_loop(b, lambda: b.icmp_signed(">", exp.get(), i64(0))):
        with b.if_then(b.trunc(exp.get(), I1)):
            result.set(_checked_mul(ctx, b, result.get(), base.get()))
        exp.set(b.ashr(exp.get(), i64(1)))
        with b.if_then(b.icmp_signed(">", exp.get(), i64(0))):
            base.set(_checked_mul(ctx, b, base.get(), base.get()))
    b.ret(result.get())


def _addmod(b: ir.IRBuilder, x: ir.Value, y: ir.Value, m: ir.Value) -> ir.Value:
    """(x + y) % m for x, y < m <= 2**63 (unsigned): the sum cannot wrap."""
    total = b.add(x, y)
    return b.select(b.icmp_unsigned(">=", total, m), b.sub(total, m), total)


def emit_mulmod(ctx: RuntimeContext) -> None:
    """Internal pyrite_mulmod(x, y, m) -> x * y % m, for x, y < m <= 2**63 (unsigned).

    Small moduli multiply directly; others double-and-add over y's bits."""
    fn, b = ctx.define_helper("pyrite_mulmod", I64, [I64, I64, I64])
    x, y, m = fn.args
    with b.if_then(b.icmp_unsigned("<=", m, i64(2**32))):
        b.ret(b.urem(b.mul(x, y), m))
    result = Var(b, I64, i64(0))
    bit = Var(b, I64, i64(63))
    with while_loop(b, lambda: b.icmp_signed(">=", bit.get(), i64(0))):
        doubled = _addmod(b, result.get(), result.get(), m)
        is_set = b.trunc(b.lshr(y, bit.get()), I1)
        result.set(b.select(is_set, _addmod(b, doubled, x, m), doubled))
        bit.set(b.sub(bit.get(), i64(1)))
    b.ret(result.get())


def emit_invmod(ctx: RuntimeContext) -> None:
    """Internal pyrite_invmod(a, n) -> the inverse of a modulo n in [0, n), or -1 when
    gcd(a, n) != 1; a < n <= 2**63 (unsigned). Extended Euclid: the remainders are
    unsigned; the coefficients stay within +-n, so wrapping i64 arithmetic is exact
    for every one that is used."""
    fn, b = ctx.define_helper("pyrite_invmod", I64, [I64, I64])
    a, n = fn.args
    r0, r1 = Var(b, I64, a), Var(b, I64, n)
    s0, s1 = Var(b, I64, i64(1)), Var(b, I64, i64(0))
    with while_loop(b, lambda: b.icmp_unsigned("!=", r1.get(), i64(0))):
        q = b.udiv(r0.get(), r1.get())
        r_next = b.sub(r0.get(), b.mul(q, r1.get()))
        s_next = b.sub(s0.get(), b.mul(q, s1.get()))
        r0.set(r1.get())
        r1.set(r_next)
        s0.set(s1.get())
        s1.set(s_next)
    with b.if_then(b.icmp_unsigned("!=", r0.get(), i64(1))):
        b.ret(i64(-1))
    s = s0.get()
    b.ret(b.select(b.icmp_signed("<", s, i64(0)), b.add(s, n), s))


def _reduce(b: ir.IRBuilder, x: ir.Value, m: ir.Value) -> ir.Value:
    """x mod m in [0, m) for signed x and unsigned 0 < m <= 2**63."""
    r = b.urem(magnitude(b, x), m)
    flip = b.and_(b.icmp_signed("<", x, i64(0)), b.icmp_unsigned("!=", r, i64(0)))
    return b.select(flip, b.sub(m, r), r)


def emit_int_powmod(ctx: RuntimeContext) -> None:
    """pyrite_int_powmod(b, e, m) -> pow(b, e, m), as CPython's long_pow.

    m == 0: ValueError; m == +-1: 0; e < 0: uses the inverse of b modulo m (ValueError
    if there is none); the result has the sign of m. Never overflows."""
    fn, b = ctx.define("pyrite_int_powmod")
    base_in, exp_in, mod_in = fn.args
    ctx.fail_if(b, b.icmp_signed("==", mod_in, i64(0)), "ValueError",
                "pow() 3rd argument cannot be 0", i64(0))
    m = magnitude(b, mod_in)
    with b.if_then(b.icmp_unsigned("==", m, i64(1))):
        b.ret(i64(0))
    base = Var(b, I64, _reduce(b, base_in, m))
    with b.if_then(b.icmp_signed("<", exp_in, i64(0))):
        inverse = b.call(ctx.helper("pyrite_invmod"), [base.get(), m])
        ctx.fail_if(b, b.icmp_signed("<", inverse, i64(0)), "ValueError",
                    "base is not invertible for the given modulus", i64(0))
        base.set(inverse)
    exp = Var(b, I64, magnitude(b, exp_in))
    result = Var(b, I64, i64(1))
    mulmod = ctx.helper("pyrite_mulmod")
    with while_loop(b, lambda: b.icmp_unsigned("!=", exp.get(), i64(0))):
        with b.if_then(b.trunc(exp.get(), I1)):
            result.set(b.call(mulmod, [result.get(), base.get(), m]))
        exp.set(b.lshr(exp.get(), i64(1)))
        base.set(b.call(mulmod, [base.get(), base.get(), m]))
    z = result.get()
    negate = b.and_(b.icmp_signed("<", mod_in, i64(0)), b.icmp_unsigned("!=", z, i64(0)))
    b.ret(b.select(negate, b.sub(z, m), z))


def emit_factorial(ctx: RuntimeContext) -> None:
    """pyrite_factorial(n) -> math.factorial(n). n < 0: ValueError; n > 20: OverflowError."""
    fn, b = ctx.define("pyrite_factorial")
    n = fn.args[0]
    ctx.fail_if(b, b.icmp_signed("<", n, i64(0)), "ValueError",
                "factorial() not defined for negative values", i64(0))
    ctx.fail_if(b, b.icmp_signed(">", n, i64(20)), "OverflowError", OVERFLOW_MESSAGE, i64(0))
    result, k = Var(b, I64, i64(1)), Var(b, I64, i64(2))
    with while_loop(b, lambda: b.icmp_signed("<=", k.get(), n)):
        result.set(b.mul(result.get(), k.get()))
        k.set(b.add(k.get(), i64(1)))
    b.ret(result.get())


def emit_gcd(ctx: RuntimeContext) -> None:
    """pyrite_gcd(a, b) -> math.gcd(a, b) >= 0. gcd(INT64_MIN, 0) = 2**63: OverflowError."""
    fn, b = ctx.define("pyrite_gcd")
    x, y = Var(b, I64, magnitude(b, fn.args[0])), Var(b, I64, magnitude(b, fn.args[1]))
    with while_loop(b, lambda: b.icmp_unsigned("!=", y.get(), i64(0))):
        rest = b.urem(x.get(), y.get())
        x.set(y.get())
        y.set(rest)
    ctx.fail_if(b, b.icmp_signed("<", x.get(), i64(0)), "OverflowError", OVERFLOW_MESSAGE, i64(0))
    b.ret(x.get())

