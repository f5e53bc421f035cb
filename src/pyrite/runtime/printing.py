"""Output: print() of ints, floats, bools, None and strings, through buffered stdout.

print() itself (separators, the final newline) is compiled code: it calls these for each
value and pyrite_write_str for " " and "\\n". Nothing here adds a newline.
"""

from llvmlite import ir

from pyrite.runtime.context import (
    I1, I8, I64, RuntimeContext, Var, byte_at, byte_buffer, i1, i64, store_byte, while_loop)

FORMAT_BUFFER = 32  # bytes pyrite_format_i64 / pyrite_format_f64 may write


def emit(ctx: RuntimeContext) -> None:
    emit_write_str(ctx)
    emit_format_i64(ctx)
    emit_print_i64(ctx)
    emit_print_f64(ctx)
    emit_print_bool(ctx)
    emit_print_none(ctx)
    emit_flush(ctx)


def emit_write_str(ctx: RuntimeContext) -> None:
    """pyrite_write_str(data, len): sys.stdout.write(s) for the UTF-8 bytes of s."""
    fn, b = ctx.define("pyrite_write_str")
    data, length = fn.args
    ctx.call(b, "fwrite", data, i64(1), length, ctx.stream(b, "stdout"))
    b.ret_void()


def emit_format_i64(ctx: RuntimeContext) -> None:
    """pyrite_format_i64(x, buf) -> len: writes str(x) to buf (no NUL), returns its length."""
    fn, b = ctx.define("pyrite_format_i64")
    x, buf = fn.args
    digits = byte_buffer(b, 24)
    negative = b.icmp_signed("<", x, i64(0))
    magnitude = Var(b, I64, b.select(negative, b.sub(i64(0), x), x))  # unsigned
    pos = Var(b, I64, i64(24))
    # do { emit the last digit } while the rest is non-zero
    first = Var(b, I1, i1(True))
    with while_loop(b, lambda: b.or_(first.get(), b.icmp_unsigned("!=", magnitude.get(), i64(0)))):
        first.set(i1(False))
        pos.set(b.sub(pos.get(), i64(1)))
        digit = b.trunc(b.urem(magnitude.get(), i64(10)), I8)
        store_byte(b, b.add(digit, ir.Constant(I8, ord("0"))), digits, pos.get())
        magnitude.set(b.udiv(magnitude.get(), i64(10)))
    with b.if_then(negative):
        pos.set(b.sub(pos.get(), i64(1)))
        store_byte(b, ord("-"), digits, pos.get())
    length = b.sub(i64(24), pos.get())
    ctx.call(b, "llvm.memcpy.p0.p0.i64", buf, byte_at(b, digits, pos.get()), length, i1(False))
    b.ret(length)


def _print_via_buffer(ctx: RuntimeContext, name: str, formatter: str) -> None:
    fn, b = ctx.define(name)
    buf = byte_buffer(b, FORMAT_BUFFER)
    length = b.call(ctx.function(formatter), [fn.args[0], buf])
    b.call(ctx.function("pyrite_write_str"), [buf, length])
    b.ret_void()


def emit_print_i64(ctx: RuntimeContext) -> None:
    """pyrite_print_i64(x): print(x, end="") for an int."""
    _print_via_buffer(ctx, "pyrite_print_i64", "pyrite_format_i64")


def emit_print_f64(ctx: RuntimeContext) -> None:
    """pyrite_print_f64(x): print(x, end="") for a float, i.e. repr(x)."""
    _print_via_buffer(ctx, "pyrite_print_f64", "pyrite_format_f64")


def emit_print_bool(ctx: RuntimeContext) -> None:
    """pyrite_print_bool(b): print(b, end="") -- True or False."""
    fn, b = ctx.define("pyrite_print_bool")
    text = b.select(fn.args[0], ctx.cstring("True"), ctx.cstring("False"))
    length = b.select(fn.args[0], i64(4), i64(5))
    b.call(ctx.function("pyrite_write_str"), [text, length])
    b.ret_void()


def emit_print_none(ctx: RuntimeContext) -> None:
    """pyrite_print_none(): print(None, end="")."""
    fn, b = ctx.define("pyrite_print_none")
    b.call(ctx.function("pyrite_write_str"), [ctx.cstring("None"), i64(4)])
    b.ret_void()


def emit_flush(ctx: RuntimeContext) -> None:
    """pyrite_flush(): sys.stdout.flush()."""
    fn, b = ctx.define("pyrite_flush")
    ctx.call(b, "fflush", ctx.stream(b, "stdout"))
    b.ret_void()

