"""Pyrite IR: SSA values, the closed set of ops, blocks, functions, modules.

Every op is a small final dataclass that says what it means; the IR
interpreter (`ir/interp.py`) is the executable definition of each one.
Control flow uses block arguments instead of phi nodes:

    func @count(%n: i64) -> i64 {
    ^entry:
      %zero = const.i64 0
      br ^loop(%zero)
    ^loop(%i: i64):
      %done = ge.i64 %i, %n
      cbr %done, ^exit, ^body
    ^body:
      %one = const.i64 1
      %next = add.i64 %i, %one        # checked: raises OverflowError
      br ^loop(%next)
    ^exit:
      ret %i
    }

An op that raises stops its function: the function returns to its caller
with the exception pending and a traceback frame added (as CPython does).
Ops are changed only through `ir/builder.py`, which keeps use-lists right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import final

from .types import ANY, F64, I1, I64, NONE, STR, Type, slot


@dataclass(frozen=True)
class Loc:
    """The Python source position an op came from (1-based line, 0-based col)."""

    line: int
    col: int = 0

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"


@dataclass(eq=False)
class Value:
    """An SSA value: a function parameter, a block parameter or an op result."""

    id: int
    type: Type
    name: str | None = None
    uses: list["Op"] = field(default_factory=list, repr=False)
    op: "Op | None" = field(default=None, repr=False)  # defining op, if any
    block: "Block | None" = field(default=None, repr=False)  # block param owner

    def __repr__(self) -> str:
        return f"%{self.name or self.id}:{self.type}"


# ---- ops -----------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class Op:
    """Base of all ops: operands, an optional result, a source location."""

    args: list[Value] = field(default_factory=list)
    result: Value | None = None
    loc: Loc | None = None
    parent: "Block | None" = field(default=None, repr=False)

    is_terminator = False

    def successors(self) -> list["Block"]:
        return []


INT_BINARY = {"add", "sub", "mul", "floordiv", "mod", "pow", "shl", "shr", "and", "or", "xor"}
FLOAT_BINARY = {"add", "sub", "mul", "div", "floordiv", "mod", "pow"}
BOOL_BINARY = {"and", "or", "xor"}
BINARY_OPS = {"i64": INT_BINARY, "f64": FLOAT_BINARY, "i1": BOOL_BINARY}
UNARY_OPS = {"i64": {"neg", "invert"}, "f64": {"neg"}, "i1": {"not"}}
COMPARE_PREDS = {"eq", "ne", "lt", "le", "gt", "ge"}
CONVERSIONS = {"itof": (I64, F64), "ftoi": (F64, I64), "btoi": (I1, I64)}

RAISING_BINARY = {
    ("i64", op) for op in ("add", "sub", "mul", "floordiv", "mod", "pow", "shl", "shr")
} | {("f64", op) for op in ("div", "floordiv", "mod", "pow")}


@final
@dataclass(eq=False, kw_only=True)
class Const(Op):
    """`%x = const.i64 5`: a constant of type i1, i64, f64, str or tdesc.

    A reference type's constant may be `null` (value None): what an unbound
    variable holds. A str constant is a static object that is never freed."""

    value: bool | int | float | str | None
    type: Type


@final
@dataclass(eq=False, kw_only=True)
class Binary(Op):
    """`%z = add.i64 %x, %y`: arithmetic on two operands of `type`.

    i64 ops are Python's, checked: add/sub/mul/pow/shl raise OverflowError
    when the result does not fit in 64 bits; floordiv/mod round toward
    negative infinity and raise ZeroDivisionError on a zero divisor; shl/shr
    raise ValueError on a negative count. f64 ops are IEEE, with Python's
    floordiv/mod signs and its ZeroDivisionError/OverflowError for div, floordiv,
    mod and pow. i1 ops are the bitwise and/or/xor of bools.
    """

    op: str
    type: Type


@final
@dataclass(eq=False, kw_only=True)
class Unary(Op):
    """`%y = neg.i64 %x` (checked), `invert.i64`, `neg.f64`, `not.i1`."""

    op: str
    type: Type


@final
@dataclass(eq=False, kw_only=True)
class Compare(Op):
    """`%c = lt.f64 %x, %y`: an i1 comparison; floats compare as IEEE (nan unordered)."""

    pred: str
    type: Type


@final
@dataclass(eq=False, kw_only=True)
class Convert(Op):
    """`%f = itof %i` (exact to nearest), `ftoi` (truncates; raises on nan/inf/out of range), `btoi`."""

    op: str


@final
@dataclass(eq=False, kw_only=True)
class Slot(Op):
    """`%p = slot.i64`: a fresh mutable cell in this function's frame."""

    type: Type


@final
@dataclass(eq=False, kw_only=True)
class GlobalRef(Op):
    """`%p = globalref @name`: the cell of a module global."""

    name: str


@final
@dataclass(eq=False, kw_only=True)
class Load(Op):
    """`%x = load %p`: the value in a cell."""


@final
@dataclass(eq=False, kw_only=True)
class Store(Op):
    """`store %p, %x`: put a value in a cell."""


@final
@dataclass(eq=False, kw_only=True)
class Call(Op):
    """`%r = call @f(%a, %b)`: call a module function; propagates its exception."""

    callee: str


@final
@dataclass(eq=False, kw_only=True)
class RtCall(Op):
    """`%r = rt @print_i64(%x)`: call a runtime function (see `ir/rtfuncs.py`).

    A runtime function generic in its result states the type it gives here:
    `%x = rt @list_get(%l, %i) : f64` (`type`; None for the others)."""

    callee: str
    type: Type | None = None


@final
@dataclass(eq=False, kw_only=True)
class IncRef(Op):
    """`incref %x`: one more reference to the object %x (inserted by passes/refcount.py)."""


@final
@dataclass(eq=False, kw_only=True)
class DecRef(Op):
    """`decref %x`: one reference to %x less; the object is freed with its last. Null-safe."""


@final
@dataclass(eq=False, kw_only=True)
class Br(Op):
    """`br ^b(%x, %y)`: jump, passing the block's arguments."""

    target: "Block"
    is_terminator = True

    def successors(self) -> list["Block"]:
        return [self.target]


@final
@dataclass(eq=False, kw_only=True)
class CondBr(Op):
    """`cbr %c, ^t(%x), ^f`: args are [cond, *then_args, *else_args]."""

    then: "Block"
    else_: "Block"
    n_then: int = 0
    is_terminator = True

    def successors(self) -> list["Block"]:
        return [self.then, self.else_]

    @property
    def then_args(self) -> list[Value]:
        return self.args[1 : 1 + self.n_then]

    @property
    def else_args(self) -> list[Value]:
        return self.args[1 + self.n_then :]


@final
@dataclass(eq=False, kw_only=True)
class Ret(Op):
    """`ret %x` or `ret`: return from the function."""

    is_terminator = True


@final
@dataclass(eq=False, kw_only=True)
class Raise(Op):
    """`raise ValueError %msg` or `raise AssertionError`: raise a builtin exception."""

    kind: str
    is_terminator = True


@final
@dataclass(eq=False, kw_only=True)
class Unreachable(Op):
    """`unreachable`: control never gets here."""

    is_terminator = True


# ---- blocks, functions, modules ------------------------------------------


@dataclass(eq=False)
class Block:
    name: str
    params: list[Value] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)
    parent: "Function | None" = field(default=None, repr=False)

    @property
    def terminator(self) -> Op | None:
        return self.ops[-1] if self.ops and self.ops[-1].is_terminator else None

    def successors(self) -> list["Block"]:
        term = self.terminator
        return term.successors() if term else []

    def __repr__(self) -> str:
        return f"^{self.name}"


@dataclass(eq=False)
class Function:
    """A function. `name` is its IR name; `pyname` is what tracebacks show."""

    name: str
    params: list[Value]
    ret: Type
    blocks: list[Block] = field(default_factory=list)
    pyname: str | None = None
    next_id: int = 0

    @property
    def entry(self) -> Block:
        return self.blocks[0]

    def new_value(self, type: Type, name: str | None = None) -> Value:
        value = Value(self.next_id, type, name)
        self.next_id += 1
        return value

    def ops(self):
        for block in self.blocks:
            yield from block.ops


@dataclass(eq=False)
class Module:
    """A compilation unit: globals, functions; `@__module__` runs the top level."""

    filename: str
    globals: dict[str, Type] = field(default_factory=dict)
    functions: dict[str, Function] = field(default_factory=dict)
    refcounted: bool = False  # passes/refcount.py has run: references are counted

    ENTRY = "__module__"

    def add(self, fn: Function) -> Function:
        self.functions[fn.name] = fn
        return fn


def result_type(op: Op, module: Module | None = None) -> Type:
    """The type an op's result has, determined by its opcode and operands."""
    match op:
        case Const(type=t) | Binary(type=t) | Unary(type=t):
            return t
        case Compare():
            return I1
        case Convert(op=kind):
            return CONVERSIONS[kind][1]
        case Slot(type=t):
            return slot(t)
        case GlobalRef(name=name):
            return slot(module.globals[name]) if module else NONE
        case Load(args=[ptr]):
            return ptr.type.elem
        case Call(callee=callee):
            return module.functions[callee].ret if module else NONE
        case RtCall(callee=callee, type=ty):
            from .rtfuncs import RUNTIME

            ret = RUNTIME[callee].ret
            return ty if ret == ANY and ty is not None else ret
    return NONE


__all__ = [
    "Loc", "Value", "Op", "Const", "Binary", "Unary", "Compare", "Convert", "Slot",
    "GlobalRef", "Load", "Store", "Call", "RtCall", "IncRef", "DecRef", "Br", "CondBr", "Ret", "Raise",
    "Unreachable", "Block", "Function", "Module", "I1", "I64", "F64", "STR", "NONE",
]
