"""What an op may do besides computing its result: raise, or touch memory/IO.

Passes ask these questions instead of listing op kinds themselves, so a new
op gets its effects decided in one place.
"""

from __future__ import annotations

from .ops import Binary, Call, Compare, Const, Convert, GlobalRef, Load, Op, Raise, RtCall, Slot, Unary
from .ops import RAISING_BINARY
from .rtfuncs import RUNTIME


def may_raise(op: Op) -> bool:
    match op:
        case Binary(op=name, type=ty):
            return (ty.name, name) in RAISING_BINARY
        case Unary(op=name, type=ty):
            return (ty.name, name) == ("i64", "neg")
        case Convert(op=kind):
            return kind == "ftoi"
        case Call():
            return True
        case RtCall(callee=callee):
            return RUNTIME[callee].effect not in ("pure", "reads")
    return isinstance(op, Raise)


def is_pure(op: Op) -> bool:
    """True if the op only computes its result: removable when unused, foldable."""
    match op:
        case Const() | Compare() | Slot() | GlobalRef():
            return True
        case Binary() | Unary() | Convert():
            return not may_raise(op)
        case RtCall(callee=callee):
            return RUNTIME[callee].effect in ("pure", "reads")
        case Load():
            return True
    return False
