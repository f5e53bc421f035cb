"""`rt @NAME(...)` ops: calls into the runtime, or inline code where that is cheaper.

    rt @print_i64(%x)      call void @pyrite_print_i64(i64 %x)
    rt @print_str(%s)      call void @pyrite_write_str(ptr %s.0, i64 %s.1)
    rt @isnan(%x)          fcmp uno double %x, %x
    rt @math_floor(%x)     llvm.floor + the checked float -> int conversion
    rt @range_len(%a, %b, %c)  inline: checks, one unsigned division
    rt @str_i64(%x)        pyrite_format_i64 into a 32-byte buffer: on the stack when
                           the string is only printed or raised, else malloc'd

A call whose runtime function may raise (`runtime/abi.py` RAISES, or effect
"raises" in `ir/rtfuncs.py`) is followed by the pending-exception check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from ..ir.ops import Raise, RtCall, Value
from ..ir.rtfuncs import RUNTIME
from . import messages as msg
from .arith import adapt, call_runtime, f64, float_to_int, i64
from .lower import F64, I8, I64, PTR, STR, lltype

if TYPE_CHECKING:
    from .lower import FunctionLowering

FORMAT_BUFFER = 32  # bytes pyrite_format_i64 / pyrite_format_f64 may write
FORMATTERS = {"str_i64": "pyrite_format_i64", "str_f64": "pyrite_format_f64"}
ROUNDING = {"math_floor": "llvm.floor.f64", "math_ceil": "llvm.ceil.f64", "float_round_int": "llvm.roundeven.f64"}
# uses of a string that copy it or are done with it before the function returns
_CONSUMERS = {"print_str", "exit_msg"}


def lower_rt(fl: "FunctionLowering", op: RtCall) -> ir.Value | None:
    b = fl.builder
    name, at = op.callee, fl.line(op)
    args = [fl.v(a) for a in op.args]
    match name:
        case "str_i64" | "str_f64":
            return _format(fl, op, FORMATTERS[name], args[0])
        case "str_bool":
            return b.select(args[0], fl.ml.str_constant("True"), fl.ml.str_constant("False"))
        case "isnan":
            return b.fcmp_unordered("uno", args[0], args[0])
        case "isinf":
            return b.fcmp_ordered("==", _fabs(fl, args[0]), f64(float("inf")))
        case "isfinite":
            return b.fcmp_ordered("<", _fabs(fl, args[0]), f64(float("inf")))
        case "math_floor" | "math_ceil" | "float_round_int":
            rounded = b.call(fl.ml.intrinsic(ROUNDING[name], F64, [F64]), [args[0]])
            return float_to_int(fl, rounded, msg.FLOAT_TO_INT[name], at)
        case "math_fabs":
            return _fabs(fl, args[0])
        case "math_copysign":
            return b.call(fl.ml.intrinsic("llvm.copysign.f64", F64, [F64, F64]), args)
        case "math_sqrt" if msg.SQRT_DOMAIN is not None:
            fl.unwinder.raise_if(b.fcmp_ordered("<", args[0], f64(0.0)), msg.SQRT_DOMAIN, at)
            return b.call(fl.ml.intrinsic("llvm.sqrt.f64", F64, [F64]), args)
        case "range_len":
            return _range_len(fl, *args, at)
        case "int_truediv":
            fl.unwinder.raise_if(b.icmp_signed("==", args[1], i64(0)), msg.INT_TRUEDIV_ZERO, at)
    return _call(fl, name, args, at)


def _call(fl: "FunctionLowering", name: str, args: list[ir.Value], at: int) -> ir.Value | None:
    """The runtime's `pyrite_NAME`, strings passed as (pointer, length)."""
    b = fl.builder
    sig = RUNTIME[name]
    flat: list[ir.Value] = []
    for arg in args:
        flat += [b.extract_value(arg, 0), b.extract_value(arg, 1)] if arg.type == STR else [arg]
    cname = "pyrite_write_str" if name == "print_str" else f"pyrite_{name}"
    ret = lltype(sig.ret) if sig.ret.name != "none" else None
    result = call_runtime(fl, cname, flat, ret, at, may_raise=sig.effect == "raises")
    return result if ret is not None else None


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


def _fabs(fl: "FunctionLowering", x: ir.Value) -> ir.Value:
    return fl.builder.call(fl.ml.intrinsic("llvm.fabs.f64", F64, [F64]), [x])


def _format(fl: "FunctionLowering", op: RtCall, formatter: str, x: ir.Value) -> ir.Value:
    b = fl.builder
    if _escapes(op.result):
        size_t = fl.ml.size_t
        buf = b.call(fl.ml.intrinsic("malloc", PTR, [size_t]), [ir.Constant(size_t, FORMAT_BUFFER)])
    else:
        buf = fl.alloca(ir.ArrayType(I8, FORMAT_BUFFER), name="strbuf")
    length = adapt(b, b.call(fl.ml.rt.fn(formatter), [x, buf]), I64)
    return b.insert_value(b.insert_value(ir.Constant(STR, None), buf, 0), length, 1)


def _escapes(value: Value) -> bool:
    """Might the string outlive this call of the function (stored, passed, returned)?"""
    for use in value.uses:
        if isinstance(use, RtCall) and use.callee in _CONSUMERS:
            continue
        if isinstance(use, Raise):  # pyrite_raise copies the message
            continue
        return True
    return False
