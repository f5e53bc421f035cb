"""Builder and Rewriter: the only ways IR is created or changed.

They keep every value's use-list right, so passes can ask "who uses %x?"
without rescanning, and the Rewriter records whether anything changed:

    rw = Rewriter(fn)
    rw.replace_all_uses(old, new)
    rw.erase(op)
    return rw.changed
"""

from __future__ import annotations

from .ops import (
    Binary, Block, Br, Call, CondBr, Const, Convert, Compare, Function, GlobalRef, Load,
    Loc, Module, Op, Raise, Ret, RtCall, Slot, Store, Unary, Unreachable, Value, result_type,
)
from .types import F64, I1, I64, NONE, STR, Type


def attach(op: Op, fn: Function, module: Module | None, name: str | None = None) -> Op:
    """Register `op` as a user of its args and give it a result value if it has one."""
    for arg in op.args:
        arg.uses.append(op)
    ty = result_type(op, module)
    if ty != NONE and op.result is None:
        op.result = fn.new_value(ty, name)
    if op.result is not None:
        op.result.op = op
    return op


class Builder:
    """Appends ops at the end of a current block."""

    def __init__(self, fn: Function, module: Module | None = None):
        self.fn = fn
        self.module = module
        self.block: Block | None = None
        self.loc: Loc | None = None

    # ---- blocks ----
    def new_block(self, name: str, params: list[Type] = (), names: list[str] | None = None) -> Block:
        block = Block(self._unique_block_name(name), parent=self.fn)
        for i, ty in enumerate(params):
            self.add_param(block, ty, names[i] if names else None)
        self.fn.blocks.append(block)
        return block

    def add_param(self, block: Block, ty: Type, name: str | None = None) -> Value:
        value = self.fn.new_value(ty, name)
        value.block = block
        block.params.append(value)
        return value

    def _unique_block_name(self, name: str) -> str:
        taken = {b.name for b in self.fn.blocks}
        if name not in taken:
            return name
        i = 1
        while f"{name}.{i}" in taken:
            i += 1
        return f"{name}.{i}"

    def position_at_end(self, block: Block) -> None:
        self.block = block

    @property
    def terminated(self) -> bool:
        return self.block is None or self.block.terminator is not None

    # ---- ops ----
    def emit(self, op: Op, name: str | None = None) -> Op:
        op.loc = op.loc or self.loc
        attach(op, self.fn, self.module, name)
        op.parent = self.block
        self.block.ops.append(op)
        return op

    def value(self, op: Op, name: str | None = None) -> Value:
        return self.emit(op, name).result

    def const(self, value, ty: Type, name: str | None = None) -> Value:
        return self.value(Const(value=value, type=ty), name)

    def i64(self, value: int) -> Value:
        return self.const(value, I64)

    def f64(self, value: float) -> Value:
        return self.const(value, F64)

    def i1(self, value: bool) -> Value:
        return self.const(value, I1)

    def str(self, value: str) -> Value:
        return self.const(value, STR)

    def binary(self, op: str, a: Value, b: Value, name: str | None = None) -> Value:
        return self.value(Binary(op=op, type=a.type, args=[a, b]), name)

    def unary(self, op: str, a: Value) -> Value:
        return self.value(Unary(op=op, type=a.type, args=[a]))

    def compare(self, pred: str, a: Value, b: Value) -> Value:
        return self.value(Compare(pred=pred, type=a.type, args=[a, b]))

    def convert(self, op: str, a: Value) -> Value:
        return self.value(Convert(op=op, args=[a]))

    def slot(self, ty: Type, name: str | None = None) -> Value:
        return self.value(Slot(type=ty), name)

    def globalref(self, name: str) -> Value:
        return self.value(GlobalRef(name=name))

    def load(self, ptr: Value, name: str | None = None) -> Value:
        return self.value(Load(args=[ptr]), name)

    def store(self, ptr: Value, value: Value) -> None:
        self.emit(Store(args=[ptr, value]))

    def call(self, callee: str, args: list[Value], name: str | None = None) -> Value | None:
        return self.emit(Call(callee=callee, args=list(args)), name).result

    def rt(self, callee: str, args: list[Value], name: str | None = None, type: Type | None = None) -> Value | None:
        """`rt @callee(args)`; `type` states the result type of a function whose result is `any`."""
        return self.emit(RtCall(callee=callee, args=list(args), type=type), name).result

    def br(self, target: Block, args: list[Value] = ()) -> None:
        self.emit(Br(target=target, args=list(args)))

    def cbr(self, cond: Value, then: Block, else_: Block, then_args=(), else_args=()) -> None:
        args = [cond, *then_args, *else_args]
        self.emit(CondBr(then=then, else_=else_, n_then=len(then_args), args=args))

    def ret(self, value: Value | None = None) -> None:
        self.emit(Ret(args=[value] if value is not None else []))

    def raise_(self, kind: str, message: Value | None = None) -> None:
        self.emit(Raise(kind=kind, args=[message] if message is not None else []))

    def unreachable(self) -> None:
        self.emit(Unreachable())


class Rewriter:
    """Edits a function in place; `changed` says whether any edit happened."""

    def __init__(self, fn: Function, module: Module | None = None):
        self.fn = fn
        self.module = module
        self.changed = False

    def replace_all_uses(self, old: Value, new: Value) -> None:
        if old is new:
            return
        for user in list(old.uses):
            self.set_args(user, [new if a is old else a for a in user.args])
        self.changed = True

    def set_args(self, op: Op, args: list[Value]) -> None:
        for arg in op.args:
            arg.uses.remove(op)
        op.args = list(args)
        for arg in op.args:
            arg.uses.append(op)
        self.changed = True

    def erase(self, op: Op) -> None:
        """Remove an op whose result (if any) has no uses left."""
        assert op.result is None or not op.result.uses, f"erasing {op} which still has uses"
        for arg in op.args:
            arg.uses.remove(op)
        op.args = []
        op.parent.ops.remove(op)
        op.parent = None
        self.changed = True

    def insert_before(self, anchor: Op, op: Op, name: str | None = None) -> Op:
        attach(op, self.fn, self.module, name)
        op.loc = op.loc or anchor.loc
        block = anchor.parent
        block.ops.insert(block.ops.index(anchor), op)
        op.parent = block
        self.changed = True
        return op

    def append(self, block: Block, op: Op) -> Op:
        attach(op, self.fn, self.module)
        block.ops.append(op)
        op.parent = block
        self.changed = True
        return op

    def replace_terminator(self, block: Block, op: Op) -> None:
        old = block.terminator
        if old is not None:
            op.loc = op.loc or old.loc
            self.erase(old)
        self.append(block, op)

    def erase_all(self, ops: list[Op]) -> None:
        """Remove a set of ops whose results are used only inside the set."""
        doomed = set(map(id, ops))
        for op in ops:
            for arg in op.args:
                arg.uses.remove(op)
            op.args = []
        for op in ops:
            assert op.result is None or all(id(u) in doomed for u in op.result.uses), f"{op} still used"
            if op.result is not None:
                op.result.uses.clear()
            op.parent.ops.remove(op)
            op.parent = None
        self.changed = self.changed or bool(ops)

    def remove_params(self, block: Block, indices: list[int]) -> None:
        """Drop unused block parameters and the matching argument on every incoming edge."""
        self.drop_edge_args(block, indices)
        self.drop_params(block, indices)

    def drop_edge_args(self, block: Block, indices: list[int]) -> None:
        """Stop passing the arguments at `indices` on every edge into `block`."""
        drop = set(indices)
        for branch in self.branches_to(block):
            self.set_args(branch, _without_target_args(branch, block, drop))

    def drop_params(self, block: Block, indices: list[int]) -> None:
        """Delete block parameters no edge passes any more and nothing uses."""
        for index in sorted(set(indices), reverse=True):
            param = block.params.pop(index)
            assert not param.uses, f"removing block parameter {param} that is still used"
        self.changed = True

    def add_param(self, block: Block, ty: Type, name: str | None = None) -> Value:
        value = self.fn.new_value(ty, name)
        value.block = block
        block.params.append(value)
        self.changed = True
        return value

    def redirect(self, term: Op | None, old: Block, new: Block, args: list[Value]) -> bool:
        """Send `term`'s edges to `old` to `new` instead, passing `args`."""
        if isinstance(term, Br) and term.target is old:
            term.target = new
            self.set_args(term, list(args))
            return True
        if isinstance(term, CondBr) and old in (term.then, term.else_):
            then_args = list(args) if term.then is old else list(term.then_args)
            else_args = list(args) if term.else_ is old else list(term.else_args)
            term.then = new if term.then is old else term.then
            term.else_ = new if term.else_ is old else term.else_
            term.n_then = len(then_args)
            self.set_args(term, [term.args[0], *then_args, *else_args])
            return True
        return False

    def branches_to(self, block: Block) -> list[Op]:
        return [b.terminator for b in self.fn.blocks if b.terminator and block in b.successors()]

    def remove_block(self, block: Block) -> None:
        """Delete an unreachable block: its ops first, then the block."""
        for op in reversed(list(block.ops)):
            for arg in op.args:
                arg.uses.remove(op)
            op.args = []
        block.ops = []
        self.fn.blocks.remove(block)
        self.changed = True


def _without_target_args(op: Op, block: Block, drop: set[int]) -> list[Value]:
    def keep(args: list[Value]) -> list[Value]:
        return [a for i, a in enumerate(args) if i not in drop]

    match op:
        case Br():
            return keep(op.args)
        case CondBr():
            then_args = keep(op.then_args) if op.then is block else list(op.then_args)
            else_args = keep(op.else_args) if op.else_ is block else list(op.else_args)
            op.n_then = len(then_args)
            return [op.args[0], *then_args, *else_args]
    return list(op.args)


__all__ = ["Builder", "Rewriter", "attach"]
