"""mem2reg: promote local slots to SSA values carried by block arguments.

Before:                               After:
    ^entry:                               ^entry:
      %x = slot.i64                         %zero = const.i64 0
      %zero = const.i64 0                   br ^loop(%zero)
      store %x, %zero                     ^loop(%x: i64):
      br ^loop                              ...
    ^loop:                                  br ^loop(%x.1)
      %v = load %x
      ...

A slot is promoted when its only uses are `load %s` and `store %s, %v` (its
address never escapes). Block parameters are placed at the iterated
dominance frontier of the stores (Cytron et al.), then loads are renamed by
a walk over the dominator tree. A load on a path with no store reads a zero
of the slot's type (irgen guards every such read with an explicit flag).

Requires: nothing. Leaves behind: unused block parameters (dce removes them).
"""

from __future__ import annotations

from ..ir.builder import Rewriter
from ..ir.cfg import dominance_frontiers, dominators
from ..ir.ops import Block, Br, CondBr, Const, Function, Load, Op, Slot, Store, Value
from ..ir.types import Type

# What a slot holds before any store: zero, or null for a reference (an unbound variable).
ZERO = {"i1": False, "i64": 0, "f64": 0.0, "str": None, "list": None, "tuple": None, "dict": None, "set": None}


def mem2reg(fn: Function) -> bool:
    slots = [op for op in fn.ops() if isinstance(op, Slot) and _promotable(op)]
    if not slots:
        return False
    rw = Rewriter(fn)
    idom = dominators(fn)
    _remove_unreachable_uses(fn, idom, slots, rw)
    params = _place_params(fn, idom, slots, rw)
    _rename(fn, idom, slots, params, rw)
    for slot in slots:
        rw.erase(slot)
    return True


def _promotable(slot: Slot) -> bool:
    if slot.type.name not in ZERO:
        return False
    for user in slot.result.uses:
        if isinstance(user, Load):
            continue
        if isinstance(user, Store) and user.args[0] is slot.result and user.args[1] is not slot.result:
            continue
        return False
    return True


def _remove_unreachable_uses(fn: Function, idom, slots: list[Slot], rw: Rewriter) -> None:
    """Loads and stores in unreachable blocks are not renamed; drop their blocks' link to the slot."""
    for slot in slots:
        for user in list(slot.result.uses):
            if user.parent not in idom:
                if isinstance(user, Load):
                    zero = rw.insert_before(user, Const(value=ZERO[slot.type.name], type=slot.type))
                    rw.replace_all_uses(user.result, zero.result)
                rw.erase(user)


def _place_params(fn: Function, idom, slots: list[Slot], rw: Rewriter) -> dict[Block, list[tuple[Slot, Value]]]:
    frontier = dominance_frontiers(fn, idom)
    params: dict[Block, list[tuple[Slot, Value]]] = {}
    for slot in slots:
        work = [u.parent for u in slot.result.uses if isinstance(u, Store)]
        placed: set[Block] = set()
        while work:
            block = work.pop()
            for join in frontier.get(block, ()):
                if join in placed:
                    continue
                placed.add(join)
                value = rw.add_param(join, slot.type, slot.result.name)
                params.setdefault(join, []).append((slot, value))
                work.append(join)
    return params


def _rename(fn: Function, idom, slots: list[Slot], params, rw: Rewriter) -> None:
    children: dict[Block, list[Block]] = {b: [] for b in idom}
    for block, parent in idom.items():
        if parent is not None:
            children[parent].append(block)
    zeros: dict[Type, Value] = {}
    current = {slot: [] for slot in slots}
    stack: list[tuple[Block, bool]] = [(fn.entry, True)]
    while stack:
        block, entering = stack.pop()
        if not entering:
            _pop_block(block, current, params)
            continue
        stack.append((block, False))
        _rename_block(fn, block, current, params, zeros, rw)
        stack.extend((child, True) for child in reversed(children[block]))


def _value_of(fn: Function, slot: Slot, current, zeros, rw: Rewriter) -> Value:
    if current[slot]:
        return current[slot][-1][1]
    if slot.type not in zeros:
        anchor = fn.entry.ops[0]
        zeros[slot.type] = rw.insert_before(anchor, Const(value=ZERO[slot.type.name], type=slot.type)).result
    return zeros[slot.type]


def _rename_block(fn: Function, block: Block, current, params, zeros, rw: Rewriter) -> None:
    for slot, value in params.get(block, ()):
        current[slot].append((block, value))
    for op in list(block.ops):
        slot = _slot_of(op, current)
        if slot is None:
            continue
        if isinstance(op, Load):
            rw.replace_all_uses(op.result, _value_of(fn, slot, current, zeros, rw))
        else:
            current[slot].append((block, op.args[1]))
        rw.erase(op)
    term = block.terminator
    for succ in dict.fromkeys(block.successors()):
        for slot, _ in params.get(succ, ()):
            _append_branch_arg(rw, term, succ, _value_of(fn, slot, current, zeros, rw))


def _slot_of(op: Op, current) -> Slot | None:
    if isinstance(op, (Load, Store)) and op.args[0].op in current:
        return op.args[0].op
    return None


def _pop_block(block: Block, current, params) -> None:
    for stack in current.values():
        while stack and stack[-1][0] is block:
            stack.pop()


def _append_branch_arg(rw: Rewriter, term: Op, succ: Block, value: Value) -> None:
    """Pass one more argument on every edge from `term` to `succ` (once per edge)."""
    if isinstance(term, Br):
        rw.set_args(term, [*term.args, value])
    elif isinstance(term, CondBr):
        then_args, else_args = list(term.then_args), list(term.else_args)
        if term.then is succ:
            then_args.append(value)
        if term.else_ is succ:
            else_args.append(value)
        term.n_then = len(then_args)
        rw.set_args(term, [term.args[0], *then_args, *else_args])
