"""Control-flow facts about a function: predecessors, orders, dominators.

Computed on demand from the blocks' terminators; nothing is cached on the
IR, so a pass that changes the CFG simply asks again.
"""

from __future__ import annotations

from .ops import Block, Function


def predecessors(fn: Function) -> dict[Block, list[Block]]:
    preds: dict[Block, list[Block]] = {b: [] for b in fn.blocks}
    for block in fn.blocks:
        for succ in block.successors():
            if succ in preds and block not in preds[succ]:
                preds[succ].append(block)
    return preds


def reverse_postorder(fn: Function) -> list[Block]:
    """Reachable blocks, each after all its dominators (iterative DFS)."""
    if not fn.blocks:
        return []
    seen, order = {fn.entry}, []
    stack = [(fn.entry, iter(fn.entry.successors()))]
    while stack:
        block, succs = stack[-1]
        for succ in succs:
            if succ not in seen:
                seen.add(succ)
                stack.append((succ, iter(succ.successors())))
                break
        else:
            order.append(block)
            stack.pop()
    order.reverse()
    return order


def dominators(fn: Function) -> dict[Block, Block | None]:
    """Immediate dominator of each reachable block (Cooper, Harvey, Kennedy)."""
    order = reverse_postorder(fn)
    index = {b: i for i, b in enumerate(order)}
    preds = predecessors(fn)
    idom: dict[Block, Block | None] = {order[0]: order[0]} if order else {}
    changed = True
    while changed:
        changed = False
        for block in order[1:]:
            done = [p for p in preds[block] if p in idom]
            if not done:
                continue
            new = done[0]
            for p in done[1:]:
                new = _intersect(p, new, idom, index)
            if idom.get(block) is not new:
                idom[block] = new
                changed = True
    if order:
        idom[order[0]] = None
    return idom


def _intersect(a: Block, b: Block, idom, index) -> Block:
    while a is not b:
        while index[a] > index[b]:
            a = idom[a]
        while index[b] > index[a]:
            b = idom[b]
    return a


def dominates(idom: dict[Block, Block | None], a: Block, b: Block) -> bool:
    """True if every path from the entry to b passes through a."""
    while b is not None:
        if b is a:
            return True
        b = idom.get(b)
    return False


def dominance_frontiers(fn: Function, idom: dict[Block, Block | None]) -> dict[Block, set[Block]]:
    preds = predecessors(fn)
    frontier: dict[Block, set[Block]] = {b: set() for b in idom}
    for block in idom:
        reachable_preds = [p for p in preds[block] if p in idom]
        if len(reachable_preds) < 2:
            continue
        for p in reachable_preds:
            runner = p
            while runner is not None and runner is not idom[block]:
                frontier[runner].add(block)
                runner = idom[runner]
    return frontier
