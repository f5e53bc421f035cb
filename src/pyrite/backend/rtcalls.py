"""`rt @NAME(...)` ops: calls into the runtime, or inline code where that is cheaper.

    rt @print_i64(%x)      call void @pyrite_print_i64(i64 %x)     (scalar runtime)
    rt @list_get(%l, %i)   call i64 @pyr_list_get(ptr %l, i64 %i)  (C runtime, when
                           runtime/capi describes pyr_NAME), the i64 "bits" turned
                           back into the op's stated type
    rt @print_str(%s)      a constant's UTF-8 bytes written directly; else pyr_print_str
    rt @isnan(%x)          fcmp uno double %x, %x
    rt @math_floor(%x)     llvm.floor + the checked float -> int conversion
    rt @range_len(%a, %b, %c)  inline: checks, one unsigned division
    rt @list_get(%l, %i) : T   inline: a bounds check and a load or store through
    rt @list_set(%l, %i, %v)   PyrList's items (runtime/c/pyrite.h), an object's
    rt @list_init, @list_len   references counted around it; see lists.py

A call whose runtime function may raise (`runtime/abi.py` RAISES, or effect
"raises" in `ir/rtfuncs.py`) is followed by the pending-exception check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from ..ir.ops import Const, RtCall
from ..ir.rtfuncs import RUNTIME
from ..ir.types import ANY
from ..runtime.capi import c_functions
from . import lists
from . import messages as msg
from .arith import adapt, call_runtime, f64, float_to_int, i64
from .lower import F64, I1, I64, PTR, lltype

if TYPE_CHECKING:
    from .lower import FunctionLowering

ROUNDING = {"math_floor": "llvm.floor.f64", "math_ceil": "llvm.ceil.f64"}
C_NAMES = {"str_i64": "pyr_str_from_i64", "str_f64": "pyr_str_from_f64", "str_bool": "pyr_str_from_bool",
           "print_str": "pyr_print_str", "exit_msg": "pyr_exit_str", "str_format_kw": "pyr_str_format"}
CONSTANT_TEXT = {"print_str": "pyrite_write_str", "exit_msg": "pyrite_exit_msg"}
# ops whose C function takes a null pointer (None) at these argument positions
WITH_NULLS = {
    "str_split_ws": ("pyr_str_split", (1,)), "str_rsplit_ws": ("pyr_str_rsplit", (1,)),
    "str_strip_ws": ("pyr_str_strip", (1,)), "str_lstrip_ws": ("pyr_str_lstrip", (1,)),
    "str_rstrip_ws": ("pyr_str_rstrip", (1,)), "str_format_pos": ("pyr_str_format", (2, 3)),
}


def lower_rt(fl: "FunctionLowering", op: RtCall) -> ir.Value | None:
    b = fl.builder
    name, at = op.callee, fl.line(op)
    if name in CONSTANT_TEXT and isinstance(op.args[0].op, Const):
        text = op.args[0].op.value
        return call_runtime(fl, CONSTANT_TEXT[name], list(fl.ml.str_parts(text)), None, at)
    args = [fl.v(a) for a in op.args]
    match name:
        case "isnan":
            return b.fcmp_unordered("uno", args[0], args[0])
        case "isinf":
            return b.fcmp_ordered("==", _fabs(fl, args[0]), f64(float("inf")))
        case "isfinite":
            return b.fcmp_ordered("<", _fabs(fl, args[0]), f64(float("inf")))
        case "math_floor" | "math_ceil":
            rounded = b.call(fl.ml.intrinsic(ROUNDING[name], F64, [F64]), [args[0]])
            return float_to_int(fl, rounded, msg.FLOAT_TO_INT[name], at)
        case "float_round_int":
            return float_to_int(fl, _round_half_even(fl, args[0]), msg.FLOAT_TO_INT[name], at)
        case "math_fabs":
            return _fabs(fl, args[0])
        case "math_copysign":
            return b.call(fl.ml.intrinsic("llvm.copysign.f64", F64, [F64, F64]), args)
        case "math_sqrt" if msg.SQRT_DOMAIN is not None:
            fl.unwinder.raise_if(b.fcmp_ordered("<", args[0], f64(0.0)), msg.SQRT_DOMAIN, at)
            return b.call(fl.ml.intrinsic("llvm.sqrt.f64", F64, [F64]), args)
        case "is_none":
            return b.icmp_unsigned("==", args[0], ir.Constant(PTR, None))
        case "range_len":
            return _range_len(fl, *args, at)
        case "list_len":
            return lists.length(fl, args[0])
        case "list_get" if lists.is_inline(lltype(op.result.type)):
            return lists.get(fl, args[0], args[1], lltype(op.result.type), at)
        case "list_set" | "list_init" if lists.is_inline(args[2].type):
            return lists.store(fl, args[0], args[1], args[2], checked=name == "list_set", at=at)
        case "list_append" if lists.is_inline(args[1].type):
            return lists.append(fl, args[0], args[1], lambda: _call_c(fl, op, "pyr_list_append", args, at), at)
        case "int_truediv":
            fl.unwinder.raise_if(b.icmp_signed("==", args[1], i64(0)), msg.INT_TRUEDIV_ZERO, at)
    if name in WITH_NULLS:
        return _call_with_nulls(fl, op, args, at)
    cname = C_NAMES.get(name, f"pyr_{name}")
    if cname in c_functions():
        return _call_c(fl, op, cname, args, at)
    return _call(fl, name, args, at)


def _call(fl: "FunctionLowering", name: str, args: list[ir.Value], at: int) -> ir.Value | None:
    """The scalar runtime's `pyrite_NAME`."""
    sig = RUNTIME[name]
    ret = lltype(sig.ret) if sig.ret.name != "none" else None
    result = call_runtime(fl, f"pyrite_{name}", args, ret, at, may_raise=sig.effect == "raises")
    return result if ret is not None else None


def _call_c(fl: "FunctionLowering", op: RtCall, cname: str, args: list[ir.Value], at: int) -> ir.Value | None:
    """The C runtime's `cname`: values of `any` type pass as i64 bits, and come back so."""
    b = fl.builder
    fn = fl.ml.objects.c_function(cname)
    sig = RUNTIME[op.callee]
    passed = [to_bits(b, a) if p == ANY else adapt(b, a, t)
              for a, p, t in zip(args, sig.params, fn.function_type.args)]
    result = b.call(fn, passed)
    if sig.effect == "raises":
        fl.unwinder.check_pending(at)
    if op.result is None:
        return None
    want = lltype(op.result.type)
    return from_bits(b, result, want) if sig.ret == ANY else adapt(b, result, want)


def _call_with_nulls(fl: "FunctionLowering", op: RtCall, args: list[ir.Value], at: int) -> ir.Value:
    """An op whose C function has extra None (null) parameters: see WITH_NULLS."""
    b = fl.builder
    cname, positions = WITH_NULLS[op.callee]
    for position in positions:
        args.insert(position, ir.Constant(PTR, None))
    fn = fl.ml.objects.c_function(cname)
    result = b.call(fn, [adapt(b, a, t) for a, t in zip(args, fn.function_type.args)])
    fl.unwinder.check_pending(at)
    return adapt(b, result, lltype(op.result.type))


def to_bits(b: ir.IRBuilder, value: ir.Value) -> ir.Value:
    """Any value as the 8 bytes the runtime keeps in a container (pyrite.h PyrValue)."""
    if value.type == F64:
        return b.bitcast(value, I64)
    if value.type == PTR:
        return b.ptrtoint(value, I64)
    if value.type == I1:
        return b.zext(value, I64)
    return value


def from_bits(b: ir.IRBuilder, bits: ir.Value, ty: ir.Type) -> ir.Value:
    if ty == F64:
        return b.bitcast(bits, F64)
    if ty == PTR:
        return b.inttoptr(bits, PTR)
    if ty == I1:
        return b.trunc(bits, I1)
    return bits


# len(range(start, stop, step)), in unsigned arithmetic: the count of a range
# spanning more than INT_MAX values does not fit (CPython's len() raises too).
def _range_len(fl: "FunctionLowering", start: ir.Value, stop: ir.Value, step: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    fl.unwinder.raise_if(b.icmp_signed("==", step, i64(0)), msg.RANGE_STEP_ZERO, at)
    up = b.icmp_signed(">", step, i64(0))
    nonempty = b.select(up, b.icmp_signed("<", start, stop), b.icmp_signed(">", start, stop))
    span = b.select(up, b.sub(stop, start), b.sub(start, stop))  # > 0 as unsigned when nonempty
    stride = b.select(up, step, b.sub(i64(0), step))  # |step|; INT_MIN gives 2**63 unsigned
    count = b.add(b.udiv(b.sub(span, i64(1)), stride), i64(1))
    count = b.select(nonempty, count, i64(0))
    fl.unwinder.raise_if(b.icmp_signed("<", count, i64(0)), msg.RANGE_TOO_LONG, at)  # >= 2**63 unsigned
    return count


# round(x) with ties to even, from C's round() (ties away from zero): a halfway x
# rounds to 2 * round(x / 2). Not llvm.roundeven: where the target has no such
# instruction (baseline x86-64, RISC-V) LLVM calls C23's roundeven(), which musl lacks.
def _round_half_even(fl: "FunctionLowering", x: ir.Value) -> ir.Value:
    b, c_round = fl.builder, fl.ml.intrinsic("llvm.round.f64", F64, [F64])
    nearest = b.call(c_round, [x])
    halfway = b.fcmp_ordered("==", _fabs(fl, b.fsub(x, nearest)), f64(0.5))
    even = b.fmul(f64(2.0), b.call(c_round, [b.fmul(x, f64(0.5))]))
    return b.select(halfway, even, nearest)


def _fabs(fl: "FunctionLowering", x: ir.Value) -> ir.Value:
    return fl.builder.call(fl.ml.intrinsic("llvm.fabs.f64", F64, [F64]), [x])
