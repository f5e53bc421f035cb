"""round(): round(float, n), round(int, n) and round(float) -> int, as CPython.

CPython rounds a float to n decimals on its exact binary value, ties to even
(dtoa mode 3), then reads the decimal text back. For n >= 0 the C library's "%.*f" is
exactly that rounding. For n < 0 the runtime takes the exact digits of trunc(x)
("%.0f" of an integer-valued double is exact), remembers whether a fraction was cut
off, and rounds that digit string itself.
"""

from llvmlite import ir

from pyrite.runtime.abi import OVERFLOW_MESSAGE
from pyrite.runtime.context import (
    F64, I1, I32, I64, PTR, RuntimeContext, Var, byte_at, byte_buffer, f64, i8, i64, load_byte,
    store_byte, while_loop)
from pyrite.runtime.floatarith import is_finite, is_inf
from pyrite.runtime.intarith import magnitude

BUFFER = 700      # "%.323f" of the largest double: 309 digits, '.', 323 decimals
NDIGITS_MAX = 323  # beyond this every double rounds to itself
NDIGITS_MIN = -308  # below this every double rounds to +-0.0


def emit(ctx: RuntimeContext) -> None:
    emit_round_digits(ctx)
    emit_float_round(ctx)
    emit_float_round_to_int(ctx)
    emit_int_round(ctx)


def _any_nonzero_digit(b: ir.IRBuilder, buf: ir.Value, start: ir.Value, end: ir.Value,
                       sticky: ir.Value) -> ir.Value:
    """sticky or any of buf[start..end] is not '0'."""
    found, pos = Var(b, I1, sticky), Var(b, I64, start)
    with while_loop(b, lambda: b.icmp_signed("<=", pos.get(), end)):
        zero = b.icmp_unsigned("==", load_byte(b, buf, pos.get()), i8(ord("0")))
        found.set(b.or_(found.get(), b.not_(zero)))
        pos.set(b.add(pos.get(), i64(1)))
    return found.get()


def _increment_digits(b: ir.IRBuilder, buf: ir.Value, last: ir.Value) -> None:
    """Add one to the decimal digits buf[0..last]; buf[0] is a '0' that takes any carry."""
    pos = Var(b, I64, last)
    with while_loop(b, lambda: b.icmp_unsigned("==", load_byte(b, buf, pos.get()), i8(ord("9")))):
        store_byte(b, ord("0"), buf, pos.get())
        pos.set(b.sub(pos.get(), i64(1)))
    store_byte(b, b.add(load_byte(b, buf, pos.get()), i8(1)), buf, pos.get())


def emit_round_digits(ctx: RuntimeContext) -> None:
    """Internal pyrite_round_tens(x, m, buf) -> |round(x, -m)| for finite x, 1 <= m <= 308.

    buf gets "0" + the digits of |trunc(x)|; the first len - m digits are kept and
    rounded half to even (the cut-off digits and any fraction decide), then
    "<kept>e<m>" is read back with strtod."""
    fn, b = ctx.define_helper("pyrite_round_tens", F64, [F64, I64, PTR])
    x, m, buf = fn.args
    whole = ctx.call(b, "llvm.trunc.f64", x)
    sticky = b.fcmp_ordered("!=", x, whole)
    store_byte(b, ord("0"), buf, i64(0))
    length = ctx.call(b, "snprintf", byte_at(b, buf, i64(1)), i64(BUFFER - 1), ctx.cstring("%.0f"),
                      ctx.call(b, "llvm.fabs.f64", whole))
    keep = b.sub(b.sext(length, I64), m)  # digits before the rounding position
    with b.if_then(b.icmp_signed("<", keep, i64(0))):
        b.ret(f64(0.0))
    digit = load_byte(b, buf, b.add(keep, i64(1)))
    rest = _any_nonzero_digit(b, buf, b.add(keep, i64(2)), b.sext(length, I64), sticky)
    odd = b.trunc(load_byte(b, buf, keep), I1)  # ASCII '0'..'9' has the digit's parity
    tie_up = b.and_(b.icmp_unsigned("==", digit, i8(ord("5"))), b.or_(rest, odd))
    with b.if_then(b.or_(b.icmp_unsigned(">", digit, i8(ord("5"))), tie_up)):
        _increment_digits(b, buf, keep)
    store_byte(b, ord("e"), buf, b.add(keep, i64(1)))
    exponent_at = b.add(keep, i64(2))
    n = b.call(ctx.function("pyrite_format_i64"), [m, byte_at(b, buf, exponent_at)])
    store_byte(b, 0, buf, b.add(exponent_at, n))
    b.ret(ctx.call(b, "strtod", buf, ir.Constant(PTR, None)))


def emit_float_round(ctx: RuntimeContext) -> None:
    """pyrite_float_round(x, n) -> round(x, n) for a float x (CPython's double_round).

    nan and +-inf round to themselves; OverflowError "rounded value too large to
    represent" when rounding up passes the largest double (round(1.7e308, -308))."""
    fn, b = ctx.define("pyrite_float_round")
    x, n = fn.args
    with b.if_then(b.or_(b.not_(is_finite(ctx, b, x)), b.icmp_signed(">", n, i64(NDIGITS_MAX)))):
        b.ret(x)
    with b.if_then(b.icmp_signed("<", n, i64(NDIGITS_MIN))):
        b.ret(b.fmul(f64(0.0), x))
    buf = byte_buffer(b, BUFFER)
    result = Var(b, F64)
    with b.if_else(b.icmp_signed(">=", n, i64(0))) as (decimals, tens):
        with decimals:
            ctx.call(b, "snprintf", buf, i64(BUFFER), ctx.cstring("%.*f"), b.trunc(n, I32), x)
            result.set(ctx.call(b, "strtod", buf, ir.Constant(PTR, None)))
        with tens:
            rounded = b.call(ctx.helper("pyrite_round_tens"), [x, b.sub(i64(0), n), buf])
            result.set(ctx.call(b, "llvm.copysign.f64", rounded, x))
    ctx.fail_if(b, is_inf(ctx, b, result.get()), "OverflowError",
                "rounded value too large to represent", f64(0.0))
    b.ret(result.get())


def emit_float_round_to_int(ctx: RuntimeContext) -> None:
    """pyrite_float_round_to_int(x) -> round(x), ties to even, as an int (CPython's
    float.__round__: C round(), then 2 * round(x / 2) for a halfway case).

    nan: ValueError; +-inf: OverflowError; outside int64: OverflowError
    (abi.OVERFLOW_MESSAGE)."""
    fn, b = ctx.define("pyrite_float_round_to_int")
    x = fn.args[0]
    nearest = ctx.call(b, "llvm.round.f64", x)
    halfway = b.fcmp_ordered("==", ctx.call(b, "llvm.fabs.f64", b.fsub(x, nearest)), f64(0.5))
    even = b.fmul(f64(2.0), ctx.call(b, "llvm.round.f64", b.fdiv(x, f64(2.0))))
    b.ret(b.call(ctx.function("pyrite_float_to_int"), [b.select(halfway, even, nearest)]))


def emit_int_round(ctx: RuntimeContext) -> None:
    """pyrite_int_round(x, n) -> round(x, n) for an int x: x itself for n >= 0, else the
    nearest multiple of 10**-n, ties to even (round(25, -1) == 20, round(35, -1) == 40).
    OverflowError (abi.OVERFLOW_MESSAGE) if that multiple leaves int64."""
    fn, b = ctx.define("pyrite_int_round")
    x, n = fn.args
    with b.if_then(b.icmp_signed(">=", n, i64(0))):
        b.ret(x)
    with b.if_then(b.icmp_signed("<", n, i64(-19))):  # 10**20 / 2 > every |x|
        b.ret(i64(0))
    power, k = Var(b, I64, i64(1)), Var(b, I64, n)
    with while_loop(b, lambda: b.icmp_signed("<", k.get(), i64(0))):
        power.set(b.mul(power.get(), i64(10)))  # up to 10**19, fits unsigned
        k.set(b.add(k.get(), i64(1)))
    p, ux = power.get(), magnitude(b, x)
    quotient, rem, half = b.udiv(ux, p), b.urem(ux, p), b.lshr(p, i64(1))
    odd = b.trunc(quotient, I1)
    up = b.or_(b.icmp_unsigned(">", rem, half), b.and_(b.icmp_unsigned("==", rem, half), odd))
    pair = ctx.call(b, "llvm.umul.with.overflow.i64", b.add(quotient, b.zext(up, I64)), p)
    result = b.extract_value(pair, 0)
    negative = b.icmp_signed("<", x, i64(0))
    limit = b.select(negative, i64(2**63), i64(2**63 - 1))
    too_big = b.or_(b.extract_value(pair, 1), b.icmp_unsigned(">", result, limit))
    ctx.fail_if(b, too_big, "OverflowError", OVERFLOW_MESSAGE, i64(0))
    b.ret(b.select(negative, b.sub(i64(0), result), result))

