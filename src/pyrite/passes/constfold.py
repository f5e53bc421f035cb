"""constfold: evaluate ops whose operands are all constants.

Before:                           After:
    %a = const.i64 6                  %a = const.i64 6
    %b = const.i64 7                  %b = const.i64 7
    %c = mul.i64 %a, %b               %c = const.i64 42
    rt @print_i64(%c)                 rt @print_i64(%c)

The folded value comes from `ir/semantics.py`, the same functions the
interpreter runs, so folding can never change a result. An op that would
raise (1 // 0, an overflowing add) is left alone: it must raise at run time, as
is a call given a null reference (str_len of an optional that is None, on a path
that never runs).
Transcendental math functions are not folded, so a program's -O0 and -O2
builds call the same libm and print the same digits.

Requires: nothing. Leaves behind: unused constants (dce removes them).
"""

from __future__ import annotations

from ..ir import semantics
from ..ir.builder import Rewriter
from ..ir.ops import Binary, Compare, Const, Convert, Function, Op, RtCall, Unary
from ..ir.rtfuncs import RUNTIME
from ..ir.semantics import PyRaise

FOLDABLE_RESULTS = {"i1", "i64", "f64", "str"}
NOT_FOLDED = {"math_exp", "math_log", "math_log2", "math_log10", "math_sin", "math_cos",
              "math_tan", "math_asin", "math_acos", "math_atan", "math_sinh", "math_cosh",
              "math_tanh", "math_atan2", "math_hypot", "math_log_base"}


def constfold(fn: Function) -> bool:
    rw = Rewriter(fn)
    for block in fn.blocks:
        for op in list(block.ops):
            if op.result is None or isinstance(op, Const):
                continue
            if not all(isinstance(a.op, Const) for a in op.args):
                continue
            value = _evaluate(op, [a.op.value for a in op.args])
            if value is not _NO_VALUE:
                folded = rw.insert_before(op, Const(value=value, type=op.result.type), op.result.name)
                rw.replace_all_uses(op.result, folded.result)
                rw.erase(op)
    return rw.changed


_NO_VALUE = object()


def _evaluate(op: Op, args: list):
    """The op's constant result, or _NO_VALUE if it raises or cannot be folded."""
    try:
        match op:
            case Binary(op=name, type=ty):
                return semantics.binary(name, ty.name, *args)
            case Unary(op=name, type=ty):
                return semantics.unary(name, ty.name, *args)
            case Compare(pred=pred):
                return semantics.compare(pred, *args)
            case Convert(op=kind):
                return semantics.convert(kind, *args)
            case RtCall(callee=callee) if _foldable(callee) and (callee == "is_none" or None not in args):
                # a null argument (an optional that is None) reaches any other call only on a path that
                # never runs, as the interpreter knows (interp.py): nothing to fold there
                return semantics.RT_IMPL[callee](*args)
    except PyRaise:
        return _NO_VALUE
    return _NO_VALUE


def _foldable(callee: str) -> bool:
    """Calls with constant arguments that give a constant: never one that makes a
    mutable object (a list is not a constant even when its contents are)."""
    sig = RUNTIME[callee]
    return (sig.effect in ("pure", "raises") and sig.ret.name in FOLDABLE_RESULTS
            and callee in semantics.RT_IMPL and callee not in NOT_FOLDED)
