"""Exceptions, tracebacks and exit.

A raised exception is pending state, not a jump: pyrite_raise records the kind and a copy
of the message and sets `pyrite_exc_pending`; every compiled function that sees the flag
after a call adds its frame with pyrite_traceback_add and returns to its caller, as
CPython unwinds. At the top, the module's code calls pyrite_report_uncaught, which prints
CPython's traceback layout to stderr and exits with status 1.

The traceback record is bounded: the first TB_HEAD frames added (the innermost ones) and
the last TB_TAIL frames added (the outermost ones, in a ring), plus a count, so deep
recursion costs a fixed amount of memory; the frames in between are summarised as
`  [... N more frames ...]`.
"""

from llvmlite import ir

from pyrite.runtime import abi
from pyrite.runtime.context import (
    I1, I32, I64, PTR, VOID, RuntimeContext, Var, byte_buffer, i1, i32, i64, while_loop)

TB_HEAD = 50
TB_TAIL = 50
TB_SLOTS = TB_HEAD + TB_TAIL


def emit(ctx: RuntimeContext) -> None:
    emit_globals(ctx)
    emit_raise(ctx)
    emit_exc_clear(ctx)
    emit_traceback_add(ctx)
    emit_stderr_helpers(ctx)
    emit_report_uncaught(ctx)
    emit_exit(ctx)
    emit_exit_msg(ctx)


def emit_globals(ctx: RuntimeContext) -> None:
    """The exception state (see abi.GLOBALS) and the traceback record."""
    ctx.global_var("pyrite_exc_pending", I1, i1(False))
    ctx.global_var("pyrite_exc_kind", I32, i32(0))
    ctx.global_var("pyrite_exc_msg", PTR, ir.Constant(PTR, None))
    ctx.global_var("pyrite_exc_msg_len", I64, i64(0))
    ctx.global_var("pyrite_depth", I64, i64(1))
    ctx.global_var("pyrite_tb_count", I64, i64(0))
    for name, typ in (("files", PTR), ("funcs", PTR), ("lines", I64)):
        array = ir.ArrayType(typ, TB_SLOTS)
        ctx.global_var(f"pyrite_tb_{name}", array, ir.Constant(array, None))
    names = [ctx.cstring(kind) for kind in abi.EXCEPTION_KINDS]
    table = ir.ArrayType(PTR, len(names))
    gv = ctx.global_var("pyrite_exc_names", table, ir.Constant(table, names))
    gv.linkage, gv.global_constant = "private", True


def _global(ctx: RuntimeContext, name: str) -> ir.GlobalVariable:
    return ctx.module.globals[name]


def _load(ctx: RuntimeContext, b: ir.IRBuilder, name: str, typ: ir.Type) -> ir.Value:
    return b.load(_global(ctx, name), typ=typ)


def _store(ctx: RuntimeContext, b: ir.IRBuilder, value: ir.Value, name: str) -> None:
    b.store(value, _global(ctx, name))


def _slot_address(ctx: RuntimeContext, b: ir.IRBuilder, array: str, typ: ir.Type,
                  slot: ir.Value) -> ir.Value:
    return b.gep(_global(ctx, f"pyrite_tb_{array}"), [i64(0), slot],
                 source_etype=ir.ArrayType(typ, TB_SLOTS))


def emit_raise(ctx: RuntimeContext) -> None:
    """pyrite_raise(kind, msg, len): `raise Kind(msg)` (len 0: `raise Kind()`).

    The message is copied; a new exception starts a new traceback."""
    fn, b = ctx.define("pyrite_raise")
    kind, msg, length = fn.args
    _store(ctx, b, i1(True), "pyrite_exc_pending")
    _store(ctx, b, kind, "pyrite_exc_kind")
    ctx.call(b, "free", _load(ctx, b, "pyrite_exc_msg", PTR))
    copy = Var(b, PTR, ir.Constant(PTR, None))
    with b.if_then(b.icmp_signed(">", length, i64(0))):
        copy.set(ctx.call(b, "malloc", length))
        with b.if_then(b.icmp_unsigned("!=", copy.get(), ir.Constant(PTR, None))):
            ctx.call(b, "llvm.memcpy.p0.p0.i64", copy.get(), msg, length, i1(False))
    got_copy = b.icmp_unsigned("!=", copy.get(), ir.Constant(PTR, None))
    _store(ctx, b, copy.get(), "pyrite_exc_msg")
    _store(ctx, b, b.select(got_copy, length, i64(0)), "pyrite_exc_msg_len")
    _store(ctx, b, i64(0), "pyrite_tb_count")
    b.ret_void()


def emit_exc_clear(ctx: RuntimeContext) -> None:
    """pyrite_exc_clear(): the pending exception was handled (for `except`)."""
    fn, b = ctx.define("pyrite_exc_clear")
    _store(ctx, b, i1(False), "pyrite_exc_pending")
    ctx.call(b, "free", _load(ctx, b, "pyrite_exc_msg", PTR))
    _store(ctx, b, ir.Constant(PTR, None), "pyrite_exc_msg")
    _store(ctx, b, i64(0), "pyrite_exc_msg_len")
    _store(ctx, b, i64(0), "pyrite_tb_count")
    b.ret_void()


def _slot(b: ir.IRBuilder, index: ir.Value) -> ir.Value:
    """Where the index-th frame added is kept: the head, then a ring for the tail."""
    in_ring = b.add(i64(TB_HEAD), b.urem(b.sub(index, i64(TB_HEAD)), i64(TB_TAIL)))
    return b.select(b.icmp_signed("<", index, i64(TB_HEAD)), index, in_ring)


def emit_traceback_add(ctx: RuntimeContext) -> None:
    """pyrite_traceback_add(file, func, line): one traceback line, innermost frame first.

    file and func are NUL-terminated and must outlive the exception (use constants)."""
    fn, b = ctx.define("pyrite_traceback_add")
    file, func, line = fn.args
    count = _load(ctx, b, "pyrite_tb_count", I64)
    slot = _slot(b, count)
    b.store(file, _slot_address(ctx, b, "files", PTR, slot))
    b.store(func, _slot_address(ctx, b, "funcs", PTR, slot))
    b.store(line, _slot_address(ctx, b, "lines", I64, slot))
    _store(ctx, b, b.add(count, i64(1)), "pyrite_tb_count")
    b.ret_void()


def emit_stderr_helpers(ctx: RuntimeContext) -> None:
    """Internal: write a C string / an int / one traceback frame to stderr."""
    fn, b = ctx.define_helper("pyrite_err_cstr", VOID, [PTR])
    ctx.call(b, "fputs", fn.args[0], ctx.stream(b, "stderr"))
    b.ret_void()

    fn, b = ctx.define_helper("pyrite_err_i64", VOID, [I64])
    buf = byte_buffer(b, 32)
    length = b.call(ctx.function("pyrite_format_i64"), [fn.args[0], buf])
    ctx.call(b, "fwrite", buf, i64(1), length, ctx.stream(b, "stderr"))
    b.ret_void()

    # `  File "x.py", line 12, in f`
    fn, b = ctx.define_helper("pyrite_err_frame", VOID, [I64])
    slot = fn.args[0]
    put, put_int = ctx.helper("pyrite_err_cstr"), ctx.helper("pyrite_err_i64")
    b.call(put, [ctx.cstring('  File "')])
    b.call(put, [b.load(_slot_address(ctx, b, "files", PTR, slot), typ=PTR)])
    b.call(put, [ctx.cstring('", line ')])
    b.call(put_int, [b.load(_slot_address(ctx, b, "lines", I64, slot), typ=I64)])
    b.call(put, [ctx.cstring(", in ")])
    b.call(put, [b.load(_slot_address(ctx, b, "funcs", PTR, slot), typ=PTR)])
    b.call(put, [ctx.cstring("\n")])
    b.ret_void()


def _emit_frames(ctx: RuntimeContext, b: ir.IRBuilder, count: ir.Value) -> None:
    """The traceback lines, outermost first, with the dropped middle summarised."""
    put, put_int = ctx.helper("pyrite_err_cstr"), ctx.helper("pyrite_err_i64")
    first_dropped = b.sub(count, i64(TB_TAIL + 1))  # index of the outermost dropped frame
    index = Var(b, I64, b.sub(count, i64(1)))
    with while_loop(b, lambda: b.icmp_signed(">=", index.get(), i64(0))):
        i = index.get()
        dropped = b.and_(b.icmp_signed("==", i, first_dropped),
                         b.icmp_signed(">=", i, i64(TB_HEAD)))
        with b.if_else(dropped) as (then, otherwise):
            with then:
                b.call(put, [ctx.cstring("  [... ")])
                b.call(put_int, [b.sub(i, i64(TB_HEAD - 1))])
                b.call(put, [ctx.cstring(" more frames ...]\n")])
                index.set(i64(TB_HEAD - 1))
            with otherwise:
                b.call(ctx.helper("pyrite_err_frame"), [_slot(b, i)])
                index.set(b.sub(i, i64(1)))


def _kind_name(ctx: RuntimeContext, b: ir.IRBuilder) -> ir.Value:
    kind = _load(ctx, b, "pyrite_exc_kind", I32)
    count = len(abi.EXCEPTION_KINDS)
    known = b.icmp_unsigned("<", kind, i32(count))
    index = b.select(known, kind, i32(0))
    address = b.gep(_global(ctx, "pyrite_exc_names"), [i32(0), index],
                    source_etype=ir.ArrayType(PTR, count))
    return b.select(known, b.load(address, typ=PTR), ctx.cstring("Exception"))


def emit_report_uncaught(ctx: RuntimeContext) -> None:
    """pyrite_report_uncaught(): what CPython does when an exception reaches the top.

    Flushes stdout, then prints to stderr

        Traceback (most recent call last):
          File "x.py", line 12, in <module>
          File "x.py", line 3, in f
        ZeroDivisionError: division by zero

    (just `AssertionError` when there is no message) and exits with status 1."""
    fn, b = ctx.define("pyrite_report_uncaught")
    put = ctx.helper("pyrite_err_cstr")
    ctx.call(b, "fflush", ctx.stream(b, "stdout"))
    count = _load(ctx, b, "pyrite_tb_count", I64)
    with b.if_then(b.icmp_signed(">", count, i64(0))):
        b.call(put, [ctx.cstring("Traceback (most recent call last):\n")])
        _emit_frames(ctx, b, count)
    b.call(put, [_kind_name(ctx, b)])
    length = _load(ctx, b, "pyrite_exc_msg_len", I64)
    with b.if_then(b.icmp_signed(">", length, i64(0))):
        b.call(put, [ctx.cstring(": ")])
        ctx.call(b, "fwrite", _load(ctx, b, "pyrite_exc_msg", PTR), i64(1), length,
                 ctx.stream(b, "stderr"))
    b.call(put, [ctx.cstring("\n")])
    ctx.call(b, "fflush", ctx.stream(b, "stderr"))
    ctx.call(b, "exit", i32(1))
    b.unreachable()


def emit_exit(ctx: RuntimeContext) -> None:
    """pyrite_exit(code): sys.exit(code) -- flush stdout, exit with status code."""
    fn, b = ctx.define("pyrite_exit")
    ctx.call(b, "fflush", ctx.stream(b, "stdout"))
    ctx.call(b, "exit", fn.args[0])
    b.unreachable()


def emit_exit_msg(ctx: RuntimeContext) -> None:
    """pyrite_exit_msg(msg, len): sys.exit("msg") -- flush stdout, msg to stderr, status 1."""
    fn, b = ctx.define("pyrite_exit_msg")
    msg, length = fn.args
    ctx.call(b, "fflush", ctx.stream(b, "stdout"))
    ctx.call(b, "fwrite", msg, i64(1), length, ctx.stream(b, "stderr"))
    ctx.call(b, "fputc", i32(ord("\n")), ctx.stream(b, "stderr"))
    ctx.call(b, "exit", i32(1))
    b.unreachable()
