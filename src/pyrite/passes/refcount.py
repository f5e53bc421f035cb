"""refcount: insert `incref` / `decref` from liveness (ADR 0006).

Irgen never thinks about reference counts; this pass, the last of every
pipeline, makes them exact under these rules:

- an op result or block parameter of a reference type is owned (+1);
- function parameters are borrowed (the caller holds them for the call);
- ops borrow their operands, except `ret`, branch arguments and `store`,
  which consume them (the receiver owns the reference afterwards);
- constants are immortal static objects: never counted.

So an owned value is released right after its last use, or on the CFG edge
where it stops being live; an operand that is consumed while still live, or
borrowed, is increfed first:

    ^entry:                               ^entry:
      %s = rt @str_i64(%n)                  %s = rt @str_i64(%n)
      %t = rt @str_concat(%s, %s)           %t = rt @str_concat(%s, %s)
      rt @print_str(%t)          ==>        decref %s
      ret                                   rt @print_str(%t)
                                            decref %t
                                            ret

Slots and globals (before mem2reg, and module globals always) own what they
hold: a `load` gives a new reference, a `store` releases the old content, a
function releases its slots before it returns, and the module's entry
releases the globals at its normal end. On an exception path nothing is
released: an exception ends the program (there is no `try` yet).
"""

from __future__ import annotations

from ..ir.builder import Rewriter
from ..ir.cfg import reverse_postorder
from ..ir.ops import (
    Block, Br, CondBr, Const, DecRef, Function, GlobalRef, IncRef, Load, Module, Op, Ret, Slot, Store,
    Value,
)


def refcount(fn: Function, module: Module | None = None) -> bool:
    if module is not None:
        module.refcounted = True
    if not _has_references(fn, module):
        return False
    return _Inserter(fn, module).run()


refcount.takes_module = True  # the pass manager passes the module (globals, the refcounted flag)


def _has_references(fn: Function, module: Module | None) -> bool:
    values = [*fn.params, *(p for b in fn.blocks for p in b.params), *(op.result for op in fn.ops() if op.result)]
    if any(v.type.is_ref or (v.type.is_slot and v.type.elem.is_ref) for v in values):
        return True
    return fn.name == Module.ENTRY and module is not None and any(t.is_ref for t in module.globals.values())


def _owned(value: Value) -> bool:
    """A reference this function must release: not a constant, not a parameter."""
    return value.type.is_ref and not isinstance(value.op, Const) and (value.op is not None or value.block is not None)


def _consumed(op: Op) -> list[Value]:
    """The operands `op` takes ownership of (in order, repeats included)."""
    match op:
        case Store(args=[_, value]):
            return [value] if value.type.is_ref else []
        case Ret(args=args) | Br(args=args):
            return [a for a in args if a.type.is_ref]
        case CondBr(args=args):
            return [a for a in args[1:] if a.type.is_ref]
    return []


class _Inserter:
    def __init__(self, fn: Function, module: Module | None):
        self.fn = fn
        self.module = module
        self.rw = Rewriter(fn, module)
        self.live_in, self.live_out = liveness(fn)
        self.ref_slots = [op.result for op in fn.ops() if isinstance(op, Slot) and op.type.is_ref]
        self.splits = 0
        self.global_cells: list[Value] | None = None

    def run(self) -> bool:
        for block in list(self.fn.blocks):
            self._block(block)
        return self.rw.changed

    # ---- one block ----
    def _block(self, block: Block) -> None:
        ops = list(block.ops)
        after = self._live_after(block, ops)
        entry_live = self._live_before(ops[0], after[0]) if ops else set()
        for param in block.params:
            if _owned(param) and param not in entry_live and ops:
                self.rw.insert_before(ops[0], DecRef(args=[param]))
        for i, op in enumerate(ops):
            self._op(op, after[i], ops[i + 1] if i + 1 < len(ops) else None)

    def _live_after(self, block: Block, ops: list[Op]) -> list[set[Value]]:
        after: list[set[Value]] = [set() for _ in ops]
        live = set(self.live_out[block])
        for i in range(len(ops) - 1, -1, -1):
            after[i] = set(live)
            live = self._live_before(ops[i], live)
        return after

    @staticmethod
    def _live_before(op: Op, live_after: set[Value]) -> set[Value]:
        live = set(live_after)
        live.discard(op.result)
        live.update(a for a in op.args if _owned(a))
        return live

    def _op(self, op: Op, live_after: set[Value], next_op: Op | None) -> None:
        match op:
            case Ret():
                self._ret(op)
            case Br(target=target, args=args):
                for value in self._increfs_for_edge(args, self.live_in[target]):
                    self.rw.insert_before(op, IncRef(args=[value]))
            case CondBr():
                self._cond_branch(op, live_after)
            case _ if op.is_terminator:
                pass  # raise / unreachable: the program stops (nothing to release)
            case Store(args=[ptr, value]) if value.type.is_ref:
                self._store(op, ptr, value, live_after, next_op)
            case Load(args=[ptr]) if op.result.type.is_ref and op.result.uses:
                self.rw.insert_before(next_op, IncRef(args=[op.result]))
                self._release_dead(op, live_after, next_op)
            case _:
                self._release_dead(op, live_after, next_op)

    def _release_dead(self, op: Op, live_after: set[Value], next_op: Op) -> None:
        """decref the owned operands whose last use this is, and an unused result."""
        dead = []
        for arg in op.args:
            if _owned(arg) and arg not in live_after and arg not in dead:
                dead.append(arg)
        result = op.result
        if result is not None and _owned(result) and not result.uses and not isinstance(op, Load):
            dead.append(result)
        for value in dead:
            self.rw.insert_before(next_op, DecRef(args=[value]))

    def _store(self, op: Store, ptr: Value, value: Value, live_after: set[Value], next_op: Op) -> None:
        borrowed = not _owned(value) and not isinstance(value.op, Const)
        if borrowed or value in live_after:  # the cell needs a reference of its own
            self.rw.insert_before(op, IncRef(args=[value]))
        old = self.rw.insert_before(op, Load(args=[ptr]), name="old").result
        self.rw.insert_before(next_op, DecRef(args=[old]))

    def _ret(self, op: Ret) -> None:
        for value in op.args:
            if value.type.is_ref and not _owned(value) and not isinstance(value.op, Const):
                self.rw.insert_before(op, IncRef(args=[value]))  # a borrowed parameter
        for cell in self._cells_to_release():
            old = self.rw.insert_before(op, Load(args=[cell]), name="old").result
            self.rw.insert_before(op, DecRef(args=[old]))

    def _cells_to_release(self) -> list[Value]:
        return self.ref_slots + self._global_cells()

    def _global_cells(self) -> list[Value]:
        """In the module's entry: the module's reference globals, released at its end."""
        if self.global_cells is None:
            self.global_cells = []
            if self.fn.name == Module.ENTRY and self.module is not None:
                first = self.fn.entry.ops[0]
                for name, ty in self.module.globals.items():
                    if ty.is_ref:
                        self.global_cells.append(self.rw.insert_before(first, GlobalRef(name=name), name=name).result)
        return self.global_cells

    def _increfs_for_edge(self, args: list[Value], live_in_target: set[Value]) -> list[Value]:
        """Branch arguments that need a reference of their own: borrowed, still live
        in the target, or passed more than once."""
        need, seen = [], set()
        for value in args:
            if not value.type.is_ref or isinstance(value.op, Const):
                continue
            if not _owned(value) or value in live_in_target or value in seen:
                need.append(value)
            seen.add(value)
        return need

    def _cond_branch(self, op: CondBr, live_after: set[Value]) -> None:
        live_before = live_after | {a for a in op.args[1:] if _owned(a)}
        edges = [(op.then, list(op.then_args)), (op.else_, list(op.else_args))]
        new_edges = []
        for target, args in edges:
            increfs = self._increfs_for_edge(args, self.live_in[target])
            passed = {a for a in args if _owned(a)}
            decrefs = sorted((v for v in live_before if v not in self.live_in[target] and v not in passed),
                             key=lambda v: v.id)
            if increfs or decrefs:
                target, args = self._split(op.parent, target, args, increfs, decrefs), []
            new_edges.append((target, args))
        (then, then_args), (else_, else_args) = new_edges
        if then is not op.then or else_ is not op.else_:
            self.rw.replace_terminator(op.parent, CondBr(then=then, else_=else_, n_then=len(then_args),
                                                         args=[op.args[0], *then_args, *else_args]))

    def _split(self, source: Block, target: Block, args: list[Value], increfs: list[Value],
               decrefs: list[Value]) -> Block:
        """A new block on the edge source -> target doing the edge's reference work."""
        self.splits += 1
        edge = Block(f"{source.name}.rc{self.splits}", parent=self.fn)
        self.fn.blocks.insert(self.fn.blocks.index(source) + 1, edge)
        for value in increfs:
            self.rw.append(edge, IncRef(args=[value]))
        for value in decrefs:
            self.rw.append(edge, DecRef(args=[value]))
        self.rw.append(edge, Br(target=target, args=list(args)))
        return edge


def liveness(fn: Function) -> tuple[dict[Block, set[Value]], dict[Block, set[Value]]]:
    """Live-in and live-out sets of the owned reference values, per block."""
    uses: dict[Block, set[Value]] = {}
    defs: dict[Block, set[Value]] = {}
    for block in fn.blocks:
        defined = {p for p in block.params}
        exposed: set[Value] = set()
        for op in block.ops:
            exposed.update(a for a in op.args if _owned(a) and a not in defined)
            if op.result is not None:
                defined.add(op.result)
        uses[block], defs[block] = exposed, defined
    live_in = {b: set(uses[b]) for b in fn.blocks}
    live_out: dict[Block, set[Value]] = {b: set() for b in fn.blocks}
    reachable = reverse_postorder(fn)
    seen = set(reachable)
    order = reachable[::-1] + [b for b in fn.blocks if b not in seen]
    changed = True
    while changed:
        changed = False
        for block in order:
            out = set().union(*(live_in[s] for s in block.successors())) if block.successors() else set()
            new_in = uses[block] | (out - defs[block])
            if out != live_out[block] or new_in != live_in[block]:
                live_out[block], live_in[block] = out, new_in
                changed = True
    return live_in, live_out
