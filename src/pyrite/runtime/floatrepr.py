"""repr(float): the shortest decimal string that reads back as the same double.

CPython's algorithm (dtoa mode 0) is reproduced with the C library's correctly rounded
snprintf and strtod:

1. For p = 1, 2, ... 17 significant digits, format "%.{p-1}e" and stop at the first p
   whose text reads back as x. At an exact power of two the doubles below are twice as
   dense as those above, so when the nearest p-digit text fails, the next p-digit text
   above (one unit added to its last digit) may still read back; dtoa finds that one.
2. With the decimal exponent E of that text, CPython writes fixed notation when
   -4 <= E < 16 ("%.{max(p-1-E, 1)}f", e.g. 0.0001, 1e16 -> 1e+16) and keeps the
   scientific text otherwise; C's exponent form (sign, at least two digits) is Python's.
   (The rounded-up texts of step 1 occur only far outside the fixed range.)
"""

from llvmlite import ir

from pyrite.runtime.context import (
    F64, I1, I32, I64, PTR, RuntimeContext, Var, i1, i8, i32, i64, load_byte, store_byte,
    while_loop)

BUFFER = 32


def emit(ctx: RuntimeContext) -> None:
    emit_parse_exponent(ctx)
    emit_round_up_text(ctx)
    emit_format_f64(ctx)


def emit_parse_exponent(ctx: RuntimeContext) -> None:
    """Internal: the exponent of the NUL-terminated "%e" text in buf ("1.5e-07" -> -7)."""
    fn, b = ctx.define_helper("pyrite_repr_exponent", I32, [PTR])
    buf = fn.args[0]
    pos = Var(b, I64, i64(0))
    with while_loop(b, lambda: b.icmp_unsigned("!=", load_byte(b, buf, pos.get()), i8(ord("e")))):
        pos.set(b.add(pos.get(), i64(1)))
    negative = b.icmp_unsigned("==", load_byte(b, buf, b.add(pos.get(), i64(1))), i8(ord("-")))
    pos.set(b.add(pos.get(), i64(2)))
    value = Var(b, I32, i32(0))
    with while_loop(b, lambda: b.icmp_unsigned("!=", load_byte(b, buf, pos.get()), i8(0))):
        digit = b.sub(b.zext(load_byte(b, buf, pos.get()), I32), i32(ord("0")))
        value.set(b.add(b.mul(value.get(), i32(10)), digit))
        pos.set(b.add(pos.get(), i64(1)))
    b.ret(b.select(negative, b.sub(i32(0), value.get()), value.get()))


def emit_round_up_text(ctx: RuntimeContext) -> None:
    """Internal: add one unit to the last digit of the "%e" text in buf; true if the new
    text reads back as x. A carry out of the first digit gives up (false)."""
    fn, b = ctx.define_helper("pyrite_repr_round_up", I1, [PTR, F64])
    buf, x = fn.args
    pos = Var(b, I64, i64(0))
    with while_loop(b, lambda: b.icmp_unsigned("!=", load_byte(b, buf, pos.get()), i8(ord("e")))):
        pos.set(b.add(pos.get(), i64(1)))
    pos.set(b.sub(pos.get(), i64(1)))
    # skip '.' and turn trailing '9's into '0's
    with while_loop(b, lambda: b.icmp_signed(">=", pos.get(), i64(0))) as done:
        c = load_byte(b, buf, pos.get())
        is_nine = b.icmp_unsigned("==", c, i8(ord("9")))
        with b.if_then(b.and_(b.not_(is_nine), b.icmp_unsigned("!=", c, i8(ord("."))))):
            b.branch(done)
        with b.if_then(is_nine):
            store_byte(b, ord("0"), buf, pos.get())
        pos.set(b.sub(pos.get(), i64(1)))
    with b.if_then(b.icmp_signed("<", pos.get(), i64(0))):
        b.ret(i1(False))
    c = load_byte(b, buf, pos.get())
    with b.if_then(b.icmp_unsigned("==", c, i8(ord("-")))):
        b.ret(i1(False))
    store_byte(b, b.add(c, i8(1)), buf, pos.get())
    back = ctx.call(b, "strtod", buf, ir.Constant(PTR, None))
    b.ret(b.fcmp_ordered("==", back, x))


def _is_power_of_two(b: ir.IRBuilder, x: ir.Value) -> ir.Value:
    """x = +-2**k with doubles below it twice as dense as above (not the least normal)."""
    bits = b.bitcast(x, I64)
    mantissa = b.and_(bits, i64(2**52 - 1))
    exponent = b.and_(b.lshr(bits, i64(52)), i64(0x7FF))
    return b.and_(b.icmp_unsigned("==", mantissa, i64(0)), b.icmp_unsigned(">=", exponent, i64(2)))


def _copy_text(ctx: RuntimeContext, b: ir.IRBuilder, buf: ir.Value, text: str) -> None:
    ctx.call(b, "llvm.memcpy.p0.p0.i64", buf, ctx.cstring(text), i64(len(text)), i1(False))
    b.ret(i64(len(text)))


def _emit_special(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value, buf: ir.Value) -> None:
    """nan, inf and -inf (C would write "-nan" for a negative NaN; Python writes "nan")."""
    with b.if_then(b.fcmp_unordered("uno", x, x)):
        _copy_text(ctx, b, buf, "nan")
    with b.if_then(b.fcmp_ordered("==", x, ir.Constant(F64, float("inf")))):
        _copy_text(ctx, b, buf, "inf")
    with b.if_then(b.fcmp_ordered("==", x, ir.Constant(F64, float("-inf")))):
        _copy_text(ctx, b, buf, "-inf")


def _emit_shortest_scientific(ctx: RuntimeContext, b: ir.IRBuilder, x: ir.Value,
                              buf: ir.Value) -> tuple[ir.Value, ir.Value]:
    """Step 1: the shortest "%.{p-1}e" text of finite x that reads back as x, left in buf.
    Returns (p, length of the text) as i32 values."""
    digits = Var(b, I32, i32(0))
    length = Var(b, I32, i32(0))
    found = Var(b, I1, i1(False))
    power_of_two = _is_power_of_two(b, x)
    with while_loop(b, lambda: b.not_(found.get())):
        p = b.add(digits.get(), i32(1))
        digits.set(p)
        length.set(ctx.call(b, "snprintf", buf, i64(BUFFER), ctx.cstring("%.*e"),
                            b.sub(p, i32(1)), x))
        back = ctx.call(b, "strtod", buf, ir.Constant(PTR, None))
        found.set(b.or_(b.fcmp_ordered("==", back, x), b.icmp_signed(">=", p, i32(17))))
        with b.if_then(b.and_(b.not_(found.get()), power_of_two)):
            found.set(b.call(ctx.helper("pyrite_repr_round_up"), [buf, x]))
    return digits.get(), length.get()


def emit_format_f64(ctx: RuntimeContext) -> None:
    """pyrite_format_f64(x, buf) -> len: writes repr(x) to buf (>= 32 bytes; the text is
    not necessarily NUL-terminated) and returns its length."""
    fn, b = ctx.define("pyrite_format_f64")
    x, buf = fn.args
    _emit_special(ctx, b, x, buf)
    digits, scientific_length = _emit_shortest_scientific(ctx, b, x, buf)
    exponent = b.call(ctx.helper("pyrite_repr_exponent"), [buf])
    fixed = b.and_(b.icmp_signed(">=", exponent, i32(-4)), b.icmp_signed("<", exponent, i32(16)))
    with b.if_then(fixed):
        decimals = b.sub(b.sub(digits, i32(1)), exponent)
        decimals = b.select(b.icmp_signed("<", decimals, i32(1)), i32(1), decimals)
        length = ctx.call(b, "snprintf", buf, i64(BUFFER), ctx.cstring("%.*f"), decimals, x)
        b.ret(b.sext(length, I64))
    b.ret(b.sext(scientific_length, I64))
