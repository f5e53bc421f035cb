"""float arithmetic with CPython's semantics: //, %, **, int(x), and int <=> float.

The // and % code is CPython's _float_div_mod and float_rem (Objects/floatobject.c),
step for step, so that signs of zero results and the snapping of inexact quotients
agree exactly. `frem` is C's fmod. No fast-math flags anywhere: every operation is the
IEEE operation CPython performs.
"""

from llvmlite import ir

from pyrite.runtime.abi import OVERFLOW_MESSAGE
from pyrite.runtime.context import I64, RuntimeContext, f64, i32, i64

INF = float("inf")


def emit(ctx: RuntimeContext) -> None:
    emit_float_floordiv(ctx)
    emit_float_mod(ctx)
    emit_float_pow(ctx)
    emit_float_to_int(ctx)
    emit_cmp_int_float(ctx)


def is_nan(b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    return b.fcmp_unordered("uno", x, x)


def is_inf(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    return b.fcmp_ordered("==", ctx.call(b, "llvm.fabs.f64", x), f64(INF))


def is_finite(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    return b.fcmp_ordered("<", ctx.call(b, "llvm.fabs.f64", x), f64(INF))


def truthy(b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    """C's `if (x)` on a double: true for any non-zero value, NaN included."""
    return b.fcmp_unordered("!=", x, f64(0.0))


def _signs_differ(b: ir.IRBuilder, divisor: ir.Value, rem: ir.Value) -> ir.Value:
    """(wx < 0) != (mod < 0), C comparisons (false for NaN)."""
    return b.xor(b.fcmp_ordered("<", divisor, f64(0.0)), b.fcmp_ordered("<", rem, f64(0.0)))


def emit_float_floordiv(ctx: RuntimeContext) -> None:
    """pyrite_float_floordiv(a, b) -> a // b (CPython's _float_div_mod).

    b == 0: ZeroDivisionError "float floor division by zero"."""
    fn, b = ctx.define("pyrite_float_floordiv")
    vx, wx = fn.args
    ctx.fail_if(b, b.fcmp_ordered("==", wx, f64(0.0)), "ZeroDivisionError",
                "float floor division by zero", f64(0.0))
    mod = b.frem(vx, wx)
    div = b.fdiv(b.fsub(vx, mod), wx)
    adjust = b.and_(truthy(b, mod), _signs_differ(b, wx, mod))
    div = b.select(adjust, b.fsub(div, f64(1.0)), div)
    # snap the quotient to the nearest integral value
    floor = ctx.call(b, "llvm.floor.f64", div)
    snapped = b.select(b.fcmp_ordered(">", b.fsub(div, floor), f64(0.5)),
                       b.fadd(floor, f64(1.0)), floor)
    signed_zero = ctx.call(b, "llvm.copysign.f64", f64(0.0), b.fdiv(vx, wx))
    b.ret(b.select(truthy(b, div), snapped, signed_zero))


def emit_float_mod(ctx: RuntimeContext) -> None:
    """pyrite_float_mod(a, b) -> a % b, with the sign of b (CPython's float_rem).

    b == 0: ZeroDivisionError "float modulo"."""
    fn, b = ctx.define("pyrite_float_mod")
    vx, wx = fn.args
    ctx.fail_if(b, b.fcmp_ordered("==", wx, f64(0.0)), "ZeroDivisionError", "float modulo",
                f64(0.0))
    mod = b.frem(vx, wx)
    adjusted = b.select(_signs_differ(b, wx, mod), b.fadd(mod, wx), mod)
    zero = ctx.call(b, "llvm.copysign.f64", f64(0.0), wx)
    b.ret(b.select(truthy(b, mod), adjusted, zero))


def _is_odd_integer(ctx: RuntimeContext, b: ir.IRBuilder, y: ir.Value) -> ir.Value:
    """CPython's DOUBLE_IS_ODD_INTEGER: fmod(fabs(y), 2.0) == 1.0."""
    return b.fcmp_ordered("==", b.frem(ctx.call(b, "llvm.fabs.f64", y), f64(2.0)), f64(1.0))


def _pow_special_exponent(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> None:
    """x ** 0, nan ** y, x ** nan and x ** +-inf (returns where they apply)."""
    with b.if_then(b.fcmp_ordered("==", y, f64(0.0))):
        b.ret(f64(1.0))  # even 0 ** 0 and nan ** 0
    with b.if_then(is_nan(b, x)):
        b.ret(x)
    with b.if_then(is_nan(b, y)):  # 1 ** nan is 1
        b.ret(b.select(b.fcmp_ordered("==", x, f64(1.0)), f64(1.0), y))
    with b.if_then(is_inf(ctx, b, y)):
        ax = ctx.call(b, "llvm.fabs.f64", x)
        grows = b.icmp_unsigned("==", b.fcmp_ordered(">", y, f64(0.0)),
                                b.fcmp_ordered(">", ax, f64(1.0)))
        limit = b.select(grows, f64(INF), f64(0.0))
        b.ret(b.select(b.fcmp_ordered("==", ax, f64(1.0)), f64(1.0), limit))


def _pow_special_base(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> None:
    """(+-inf) ** y and (+-0) ** y for finite non-zero y (returns or raises where they apply)."""
    odd = _is_odd_integer(ctx, b, y)
    positive = b.fcmp_ordered(">", y, f64(0.0))
    with b.if_then(is_inf(ctx, b, x)):
        big = b.select(odd, x, ctx.call(b, "llvm.fabs.f64", x))
        small = b.select(odd, ctx.call(b, "llvm.copysign.f64", f64(0.0), x), f64(0.0))
        b.ret(b.select(positive, big, small))
    with b.if_then(b.fcmp_ordered("==", x, f64(0.0))):
        ctx.fail_if(b, b.not_(positive), "ZeroDivisionError",
                    "0.0 cannot be raised to a negative power", f64(0.0))
        b.ret(b.select(odd, x, f64(0.0)))


def _emit_complex_power(ctx: RuntimeContext, b: ir.IRBuilder, ax: ir.Value, y: ir.Value) -> None:
    """negative ** fractional: CPython computes a complex number (|x| ** y, at an angle),
    which Pyrite cannot represent -- ValueError -- unless |x| ** y overflows, where
    CPython's complex power raises OverflowError("complex exponentiation") itself."""
    overflow = is_inf(ctx, b, ctx.call(b, "llvm.pow.f64", ax, y))
    ctx.fail_if(b, overflow, "OverflowError", "complex exponentiation", f64(0.0))
    ctx.raise_error(b, "ValueError", "negative number cannot be raised to a fractional power")
    b.ret(f64(0.0))


def emit_float_pow(ctx: RuntimeContext) -> None:
    """pyrite_float_pow(x, y) -> x ** y for floats (CPython's float_pow).

    0.0 ** negative: ZeroDivisionError; a finite result too large: OverflowError
    "(34, 'Numerical result out of range')"; negative ** non-integer: see
    _emit_complex_power."""
    fn, b = ctx.define("pyrite_float_pow")
    x, y = fn.args
    _pow_special_exponent(ctx, b, x, y)
    _pow_special_base(ctx, b, x, y)
    negative = b.fcmp_ordered("<", x, f64(0.0))
    ax = ctx.call(b, "llvm.fabs.f64", x)
    fractional = b.fcmp_unordered("!=", y, ctx.call(b, "llvm.floor.f64", y))
    with b.if_then(b.and_(negative, fractional)):
        _emit_complex_power(ctx, b, ax, y)
    negate = b.and_(negative, _is_odd_integer(ctx, b, y))
    with b.if_then(b.fcmp_ordered("==", ax, f64(1.0))):  # (-1) ** huge integer is exact
        b.ret(b.select(negate, f64(-1.0), f64(1.0)))
    result = ctx.call(b, "llvm.pow.f64", ax, y)
    ctx.fail_if(b, is_inf(ctx, b, result), "OverflowError",
                "(34, 'Numerical result out of range')", f64(0.0))
    b.ret(b.select(negate, b.fneg(result), result))


def emit_float_to_int(ctx: RuntimeContext) -> None:
    """pyrite_float_to_int(x) -> int(x), truncating toward zero.

    nan: ValueError; +-inf: OverflowError; outside int64: OverflowError
    (abi.OVERFLOW_MESSAGE, Pyrite's 64-bit limit)."""
    fn, b = ctx.define("pyrite_float_to_int")
    x = fn.args[0]
    ctx.fail_if(b, is_nan(b, x), "ValueError", "cannot convert float NaN to integer", i64(0))
    ctx.fail_if(b, is_inf(ctx, b, x), "OverflowError",
                "cannot convert float infinity to integer", i64(0))
    fits = b.and_(b.fcmp_ordered(">=", x, f64(-(2.0**63))), b.fcmp_ordered("<", x, f64(2.0**63)))
    ctx.fail_if(b, b.not_(fits), "OverflowError", OVERFLOW_MESSAGE, i64(0))
    b.ret(b.fptosi(x, I64))


def emit_cmp_int_float(ctx: RuntimeContext) -> None:
    """pyrite_cmp_int_float(i, f) -> -1, 0 or 1 as i <, ==, > f exactly; 2 if f is nan.

    Exact even where i has no double (2**53 + 1 > 2.0**53): compare i with trunc(f),
    which fits in int64 whenever -2**63 <= f < 2**63, then the fraction of f."""
    fn, b = ctx.define("pyrite_cmp_int_float")
    i, f = fn.args
    with b.if_then(is_nan(b, f)):
        b.ret(i32(2))
    with b.if_then(b.fcmp_ordered(">=", f, f64(2.0**63))):
        b.ret(i32(-1))
    with b.if_then(b.fcmp_ordered("<", f, f64(-(2.0**63)))):
        b.ret(i32(1))
    whole = ctx.call(b, "llvm.trunc.f64", f)
    t = b.fptosi(whole, I64)
    by_int = b.select(b.icmp_signed("<", i, t), i32(-1), i32(1))
    by_fraction = b.select(b.fcmp_ordered(">", f, whole), i32(-1),
                           b.select(b.fcmp_ordered("<", f, whole), i32(1), i32(0)))
    b.ret(b.select(b.icmp_signed("==", i, t), by_fraction, by_int))

