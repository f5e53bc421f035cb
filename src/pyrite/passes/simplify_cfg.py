"""simplify_cfg: fold constant branches, drop dead blocks, merge straight lines.

Before:                               After:
    ^entry:                               ^entry:
      %t = const.i1 true                    %t = const.i1 true
      cbr %t, ^a, ^b                        %x = const.i64 1
    ^a:                                     ret %x
      %x = const.i64 1
      ret %x
    ^b:
      ...

Rules, applied until none fires:
- `cbr` on a constant, or with both edges identical, becomes `br`;
- blocks unreachable from the entry are deleted;
- a block parameter that receives the same value on every edge (or itself)
  is replaced by that value;
- a block whose single predecessor ends in `br` to it is merged into it;
- an empty block that only jumps on is bypassed.

Requires: nothing. Invalidates: dominators, block order.
"""

from __future__ import annotations

from ..ir.builder import Rewriter
from ..ir.cfg import predecessors, reverse_postorder
from ..ir.ops import Block, Br, CondBr, Const, Function


def simplify_cfg(fn: Function) -> bool:
    rw = Rewriter(fn)
    progress = True
    while progress:
        progress = any([
            _fold_branches(fn, rw),
            _remove_unreachable(fn, rw),
            _forward_params(fn, rw),
            _merge_blocks(fn, rw),
            _bypass_empty_blocks(fn, rw),
        ])
    return rw.changed


def _fold_branches(fn: Function, rw: Rewriter) -> bool:
    changed = False
    for block in fn.blocks:
        term = block.terminator
        if not isinstance(term, CondBr):
            continue
        cond = term.args[0]
        if isinstance(cond.op, Const):
            target, args = (term.then, term.then_args) if cond.op.value else (term.else_, term.else_args)
        elif term.then is term.else_ and term.then_args == term.else_args:
            target, args = term.then, term.then_args
        else:
            continue
        rw.replace_terminator(block, Br(target=target, args=list(args)))
        changed = True
    return changed


def _remove_unreachable(fn: Function, rw: Rewriter) -> bool:
    reachable = set(reverse_postorder(fn))
    dead = [b for b in fn.blocks if b not in reachable]
    for block in dead:
        for op in block.ops:
            for arg in op.args:
                arg.uses.remove(op)
            op.args = []
    for block in dead:
        block.ops = []
        fn.blocks.remove(block)
    rw.changed = rw.changed or bool(dead)
    return bool(dead)


def _forward_params(fn: Function, rw: Rewriter) -> bool:
    """Replace a parameter that receives one value on every edge by that value."""
    edges = _incoming_edges(fn)
    changed = False
    for block in fn.blocks[1:]:
        for index in reversed(range(len(block.params))):
            param = block.params[index]
            incoming = {id(a): a for a in _edge_args(edges[block], block, index) if a is not param}
            if len(incoming) != 1:
                continue
            (value,) = incoming.values()
            rw.replace_all_uses(param, value)
            rw.remove_params(block, [index])
            changed = True
    return changed


def _incoming_edges(fn: Function) -> dict[Block, list]:
    """Each block's incoming branch ops (a cbr with both edges to a block appears once)."""
    edges: dict[Block, list] = {b: [] for b in fn.blocks}
    for block in fn.blocks:
        for succ in dict.fromkeys(block.successors()):
            edges[succ].append(block.terminator)
    return edges


def _edge_args(branches: list, block: Block, index: int):
    for term in branches:
        if isinstance(term, Br):
            yield term.args[index]
            continue
        if term.then is block:
            yield term.then_args[index]
        if term.else_ is block:
            yield term.else_args[index]


def _merge_blocks(fn: Function, rw: Rewriter) -> bool:
    """Merge every block into its predecessor where that is its only one and jumps only to it."""
    preds = predecessors(fn)
    merged = False
    for block in list(fn.blocks[1:]):
        if len(preds[block]) != 1:
            continue
        pred = preds[block][0]
        term = pred.terminator
        if pred is block or not isinstance(term, Br) or term.target is not block:
            continue
        for param, arg in zip(list(block.params), list(term.args)):
            rw.replace_all_uses(param, arg)
        rw.set_args(term, [])
        block.params = []
        rw.erase(term)
        for op in block.ops:
            op.parent = pred
        pred.ops.extend(block.ops)
        block.ops = []
        fn.blocks.remove(block)
        for succ in dict.fromkeys(pred.successors()):  # they now come from pred
            preds[succ] = [pred if p is block else p for p in preds[succ]]
        merged = True
    return merged


def _bypass_empty_blocks(fn: Function, rw: Rewriter) -> bool:
    """Redirect edges into a parameterless block holding only `br ^next(...)` straight to
    where a chain of such blocks ends, in one step per edge."""
    ends: dict[Block, Br] = {}
    for block in fn.blocks[1:]:
        if _is_empty_jump(block):
            ends[block] = _chain_end(block)
    changed = False
    for pred in fn.blocks:
        for succ in dict.fromkeys(pred.successors()):
            end = ends.get(succ)
            if end is not None and end.target is not succ:
                changed |= rw.redirect(pred.terminator, succ, end.target, end.args)
    return changed


def _is_empty_jump(block: Block) -> bool:
    term = block.terminator
    return not block.params and len(block.ops) == 1 and isinstance(term, Br) and term.target is not block


def _chain_end(block: Block) -> Br:
    """The last `br` of a chain of empty jumps starting at `block` (stops at a cycle)."""
    seen = {block}
    term = block.terminator
    while _is_empty_jump(term.target) and term.target not in seen:
        seen.add(term.target)
        term = term.target.terminator
    return term
