"""Arithmetic, comparison and conversion ops, with Python's checks inline.

    %z = add.i64 %x, %y        %p = call {i64, i1} @llvm.sadd.with.overflow.i64(%x, %y)
                               br %p.1, %raise.OverflowError, %ok    ; weighted never
    %q = floordiv.i64 %x, %y   zero and INT_MIN // -1 checks, sdiv/srem, floor adjustment

Every check is a compare and a never-taken branch to the function's shared
raise block (`exceptions.py`); the exception texts come from `messages.py`,
i.e. from `ir/semantics.py`. Floats are plain IEEE: no fast-math flags.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from . import messages as msg
from .lower import F64, I1, I64, LoweringError

if TYPE_CHECKING:
    from .lower import FunctionLowering

INT_MIN = -(2**63)
PAIR = ir.LiteralStructType([I64, I1])
ICMP = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def i64(value: int) -> ir.Constant:
    return ir.Constant(I64, value)


def f64(value: float) -> ir.Constant:
    return ir.Constant(F64, value)


# ---- i64 ----------------------------------------------------------------


def int_binary(fl: "FunctionLowering", name: str, x: ir.Value, y: ir.Value, at: int, y_const: int | None) -> ir.Value:
    b = fl.builder
    match name:
        case "add" | "sub" | "mul":
            return checked(fl, f"s{name}", x, y, msg.OVERFLOW, at)
        case "floordiv":
            return int_floordiv(fl, x, y, at)
        case "mod":
            return int_mod(fl, x, y, at)
        case "pow":
            return int_pow(fl, x, y, at, y_const)
        case "shl":
            return int_shl(fl, x, y, at)
        case "shr":
            fl.unwinder.raise_if(b.icmp_signed("<", y, i64(0)), msg.SHR_NEGATIVE, at)
            # x >> 64 and beyond is x >> 63 (0 or -1); LLVM's ashr needs a count < 64.
            count = b.select(b.icmp_unsigned(">", y, i64(63)), i64(63), y)
            return b.ashr(x, count)
        case "and":
            return b.and_(x, y)
        case "or":
            return b.or_(x, y)
        case "xor":
            return b.xor(x, y)
    raise LoweringError(f"unknown i64 op {name}")


def checked(fl: "FunctionLowering", op: str, x: ir.Value, y: ir.Value, exc: msg.Exc, at: int) -> ir.Value:
    """x OP y with llvm.OP.with.overflow; raise `exc` when the result does not fit."""
    b = fl.builder
    pair = b.call(fl.ml.intrinsic(f"llvm.{op}.with.overflow.i64", PAIR, [I64, I64]), [x, y])
    fl.unwinder.raise_if(b.extract_value(pair, 1), exc, at)
    return b.extract_value(pair, 0)


def _floor_adjust(b: ir.IRBuilder, rem: ir.Value, y: ir.Value) -> ir.Value:
    """i1: the truncated remainder is non-zero and its sign differs from the divisor's."""
    nonzero = b.icmp_signed("!=", rem, i64(0))
    signs_differ = b.icmp_signed("<", b.xor(rem, y), i64(0))
    return b.and_(nonzero, signs_differ)


def int_floordiv(fl: "FunctionLowering", x: ir.Value, y: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    fl.unwinder.raise_if(b.icmp_signed("==", y, i64(0)), msg.INT_FLOORDIV_ZERO, at)
    wraps = b.and_(b.icmp_signed("==", x, i64(INT_MIN)), b.icmp_signed("==", y, i64(-1)))
    fl.unwinder.raise_if(wraps, msg.INT_FLOORDIV_OVERFLOW, at)
    quotient, rem = b.sdiv(x, y), b.srem(x, y)
    return b.sub(quotient, b.zext(_floor_adjust(b, rem, y), I64))


def int_mod(fl: "FunctionLowering", x: ir.Value, y: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    fl.unwinder.raise_if(b.icmp_signed("==", y, i64(0)), msg.INT_MOD_ZERO, at)
    # INT_MIN % -1 traps in hardware; x % -1 == x % 1 == 0, so divide by 1 instead.
    divisor = b.select(b.icmp_signed("==", y, i64(-1)), i64(1), y)
    rem = b.srem(x, divisor)
    return b.add(rem, b.select(_floor_adjust(b, rem, y), y, i64(0)))


def int_pow(fl: "FunctionLowering", x: ir.Value, y: ir.Value, at: int, y_const: int | None) -> ir.Value:
    b = fl.builder
    match y_const:
        case 0:
            return i64(1)
        case 1:
            return x
        case 2:
            return checked(fl, "smul", x, x, msg.OVERFLOW, at)
        case 3:  # if x*x overflows, so does x**3
            return checked(fl, "smul", checked(fl, "smul", x, x, msg.OVERFLOW, at), x, msg.OVERFLOW, at)
    fl.unwinder.raise_if(b.icmp_signed("<", y, i64(0)), msg.INT_POW_NEGATIVE, at)
    return call_runtime(fl, "pyrite_int_pow", [x, y], I64, at)


def int_shl(fl: "FunctionLowering", x: ir.Value, y: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    fl.unwinder.raise_if(b.icmp_signed("<", y, i64(0)), msg.SHL_NEGATIVE, at)
    too_far = b.icmp_unsigned(">", y, i64(63))
    count = b.select(too_far, i64(0), y)  # LLVM's shl needs a count < 64
    shifted = b.shl(x, count)
    lost_bits = b.or_(too_far, b.icmp_signed("!=", b.ashr(shifted, count), x))
    overflow = b.and_(lost_bits, b.icmp_signed("!=", x, i64(0)))
    fl.unwinder.raise_if(overflow, msg.SHL_OVERFLOW, at)
    return shifted


# ---- f64 ----------------------------------------------------------------


def float_binary(fl: "FunctionLowering", name: str, x: ir.Value, y: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    match name:
        case "add":
            return b.fadd(x, y)
        case "sub":
            return b.fsub(x, y)
        case "mul":
            return b.fmul(x, y)
        case "div":
            _zero_divisor(fl, y, msg.FLOAT_DIV_ZERO, at)
            return b.fdiv(x, y)
        case "floordiv":
            _zero_divisor(fl, y, msg.FLOAT_FLOORDIV_ZERO, at)
            return call_runtime(fl, "pyrite_float_floordiv", [x, y], F64, at)
        case "mod":
            _zero_divisor(fl, y, msg.FLOAT_MOD_ZERO, at)
            return call_runtime(fl, "pyrite_float_mod", [x, y], F64, at)
        case "pow":
            return call_runtime(fl, "pyrite_float_pow", [x, y], F64, at)
    raise LoweringError(f"unknown f64 op {name}")


def _zero_divisor(fl: "FunctionLowering", y: ir.Value, exc: msg.Exc, at: int) -> None:
    fl.unwinder.raise_if(fl.builder.fcmp_ordered("==", y, f64(0.0)), exc, at)


# ---- unary, compare, convert ------------------------------------------------


def unary(fl: "FunctionLowering", name: str, type_name: str, x: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    match name, type_name:
        case "neg", "i64":
            return checked(fl, "ssub", i64(0), x, msg.NEG_OVERFLOW, at)
        case "invert", "i64":
            return b.xor(x, i64(-1))
        case "neg", "f64":
            return b.fneg(x)
        case "not", "i1":
            return b.xor(x, ir.Constant(I1, 1))
    raise LoweringError(f"unknown unary op {name}.{type_name}")


def compare(fl: "FunctionLowering", pred: str, type_name: str, x: ir.Value, y: ir.Value) -> ir.Value:
    b = fl.builder
    match type_name:
        case "i64":
            return b.icmp_signed(ICMP[pred], x, y)
        case "i1":  # False < True
            return b.icmp_unsigned(ICMP[pred], x, y)
        case "f64" if pred == "ne":  # nan != nan
            return b.fcmp_unordered("!=", x, y)
        case "f64":
            return b.fcmp_ordered(ICMP[pred], x, y)
    raise LoweringError(f"cannot compare values of type {type_name}")


def convert(fl: "FunctionLowering", name: str, x: ir.Value, at: int) -> ir.Value:
    b = fl.builder
    match name:
        case "itof":
            return b.sitofp(x, F64)
        case "btoi":
            return b.zext(x, I64)
        case "ftoi":
            return float_to_int(fl, x, msg.FTOI, at)
    raise LoweringError(f"unknown conversion {name}")


def float_to_int(fl: "FunctionLowering", x: ir.Value, errors: msg.FloatToIntErrors, at: int) -> ir.Value:
    """int(x) for an integral-or-truncated x: the exception of the reference outside i64."""
    b = fl.builder
    in_range = b.and_(b.fcmp_ordered(">=", x, f64(-(2.0**63))), b.fcmp_ordered("<", x, f64(2.0**63)))
    fine = fl.llfn.append_basic_block("ftoi.ok")
    bad = fl.unwinder.cold_block("ftoi.bad")
    b.cbranch(in_range, fine, bad).set_metadata("prof", fl.ml.unlikely_else)
    b.position_at_end(bad)
    fl.unwinder.raise_if(b.fcmp_unordered("uno", x, x), errors.nan, at)
    fl.unwinder.raise_if(b.fcmp_ordered("==", x, f64(float("inf"))), errors.inf, at)
    fl.unwinder.raise_if(b.fcmp_ordered("==", x, f64(float("-inf"))), errors.ninf, at)
    fl.unwinder.raise_if(b.fcmp_ordered(">", x, f64(0.0)), errors.big, at)
    fl.unwinder.raise_always(errors.nbig, at)
    b.position_at_end(fine)
    return b.fptosi(x, I64)


# ---- runtime calls ----------------------------------------------------------


def call_runtime(fl: "FunctionLowering", cname: str, args: list[ir.Value], ret: ir.Type, at: int,
                 may_raise: bool = False) -> ir.Value:
    """Call runtime function `cname`, adapting integer widths; propagate if it may raise."""
    from ..runtime.abi import RAISES

    b = fl.builder
    fn = fl.ml.rt.fn(cname)
    params = fn.function_type.args
    if len(params) != len(args):
        raise LoweringError(f"{cname} takes {len(params)} arguments in the runtime, the backend passes {len(args)}")
    result = b.call(fn, [adapt(b, a, t) for a, t in zip(args, params)])
    if may_raise or cname in RAISES:
        fl.unwinder.check_pending(at)
    return adapt(b, result, ret) if ret is not None else result


def adapt(b: ir.IRBuilder, value: ir.Value, ty: ir.Type) -> ir.Value:
    """`value` as a `ty`: ints are sign-extended or truncated (bools zero-extended)."""
    if value.type == ty or not (isinstance(ty, ir.IntType) and isinstance(value.type, ir.IntType)):
        return value
    if ty.width < value.type.width:
        return b.trunc(value, ty)
    return b.zext(value, ty) if value.type.width == 1 else b.sext(value, ty)
