"""The op dispatcher: one `case` per Pyrite IR op, lowered at the builder's position.

Arithmetic is in `arith.py`, runtime calls in `rtcalls.py`, raise paths in
`exceptions.py`; what is left here is memory, calls and control flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from ..ir.ops import (
    Binary, Br, Call, CondBr, Const, Convert, Compare, DecRef, GlobalRef, IncRef, Load, Op, Raise,
    Ret, RtCall, Slot, Store, Unary, Unreachable, Value,
)
from . import arith
from .lower import F64, I1, I64, LoweringError, lltype, zero
from .rtcalls import lower_rt

if TYPE_CHECKING:
    from .lower import FunctionLowering


def lower_op(fl: "FunctionLowering", op: Op) -> None:
    b = fl.builder
    at = fl.line(op)
    v = fl.v
    match op:
        case Const(value=value, type=ty):
            fl.set(op, constant(fl, value, ty.name))
        case Binary(op=name, type=ty, args=[x, y]) if ty.name == "i64":
            fl.set(op, arith.int_binary(fl, name, v(x), v(y), at, _const_int(y)))
        case Binary(op=name, type=ty, args=[x, y]) if ty.name == "f64":
            fl.set(op, arith.float_binary(fl, name, v(x), v(y), at))
        case Binary(op=name, type=ty, args=[x, y]) if ty.name == "i1":
            fl.set(op, {"and": b.and_, "or": b.or_, "xor": b.xor}[name](v(x), v(y)))
        case Unary(op=name, type=ty, args=[x]):
            fl.set(op, arith.unary(fl, name, ty.name, v(x), at))
        case Compare(pred=pred, type=ty, args=[x, y]):
            fl.set(op, arith.compare(fl, pred, ty.name, v(x), v(y)))
        case Convert(op=name, args=[x]):
            fl.set(op, arith.convert(fl, name, v(x), at))
        case Slot(type=ty):
            # one alloca per slot op, in the prologue; each time the op runs the cell starts at zero
            cell = fl.alloca(lltype(ty), name=_name(op.result))
            b.store(zero(lltype(ty)), cell)
            fl.set(op, cell)
        case GlobalRef(name=name):
            fl.set(op, fl.ml.globals[name])
        case Load(args=[ptr]):
            fl.set(op, b.load(v(ptr), name=_name(op.result), typ=lltype(op.result.type)))
        case Store(args=[ptr, value]):
            b.store(v(value), v(ptr))
        case Call(callee=callee, args=args):
            result = fl.call(callee, [v(a) for a in args], name=_name(op.result))
            fl.unwinder.check_pending(at)
            fl.set(op, result)
        case RtCall():
            fl.set(op, lower_rt(fl, op))
        case Br(target=target, args=args):
            fl.jump(target, args)
        case CondBr(then=then, else_=else_):
            then_block = fl.edge(then, op.then_args, "then")
            else_block = fl.edge(else_, op.else_args, "else")
            if then_block is else_block:
                b.branch(then_block)
            else:
                b.cbranch(v(op.args[0]), then_block, else_block)
        case Ret(args=args):
            fl.ret(v(args[0]) if args else None)
        case IncRef(args=[x]) | DecRef(args=[x]):
            if not isinstance(x.op, Const):  # constants are static, immortal objects
                name = "pyr_incref" if isinstance(op, IncRef) else "pyr_decref"
                b.call(fl.ml.objects.c_function(name), [v(x)])
        case Raise(kind=kind, args=[message]) if isinstance(message.op, Const):
            fl.unwinder.raise_now(kind, message.op.value, at)
        case Raise(kind=kind, args=args):
            fl.unwinder.raise_now(kind, v(args[0]) if args else None, at)
        case Unreachable():
            b.unreachable()
        case _:
            raise LoweringError(f"@{fl.fn.name}: cannot lower {type(op).__name__}")


def constant(fl: "FunctionLowering", value, type_name: str) -> ir.Constant:
    match type_name:
        case "i1":
            return ir.Constant(I1, int(bool(value)))
        case "i64":
            return ir.Constant(I64, int(value))
        case "f64":
            return ir.Constant(F64, float(value))
        case "str" | "list" | "tuple" | "dict" | "set" if value is None:
            return ir.Constant(ir.PointerType(), None)
        case "str":
            return fl.ml.objects.string(value)
        case "tdesc":
            return fl.ml.objects.descriptor(value)
    raise LoweringError(f"no constants of type {type_name}")


def _const_int(value: Value) -> int | None:
    """The value of an i64 constant operand, for strength reduction (x ** 2)."""
    op = value.op
    return op.value if isinstance(op, Const) and op.type.name == "i64" else None


def _name(value: Value | None) -> str:
    return (value.name or "") if value is not None else ""
