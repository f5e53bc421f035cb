"""dce: delete ops and block parameters whose values nobody needs.

Before:                               After:
    ^entry:                               ^entry:
      %x = add.f64 %a, %b                   ret %a
      ret %a

Liveness starts from what must happen (ops with effects, ops that may
raise, terminators) and flows backwards through operands; a live block
parameter makes the matching argument on every incoming edge live. Anything
not reached is removed, including parameter cycles around loops that
mem2reg left behind. An op that may raise is always kept: removing it
would remove the exception.

Requires: nothing. Invalidates: nothing.
"""

from __future__ import annotations

from ..ir.builder import Rewriter
from ..ir.effects import is_pure
from ..ir.ops import Block, Br, CondBr, Function, Op, Value


def dce(fn: Function) -> bool:
    live = _live_values(fn)
    rw = Rewriter(fn)
    dead_params = {b: [i for i, p in enumerate(b.params) if p not in live] for b in fn.blocks[1:]}
    dead_params = {b: indices for b, indices in dead_params.items() if indices}
    for block, indices in dead_params.items():  # first the edges, which may pass dead values
        rw.drop_edge_args(block, indices)
    rw.erase_all([op for op in fn.ops() if op.result is not None and op.result not in live and is_pure(op)])
    for block, indices in dead_params.items():  # then the params, whose users are gone now
        rw.drop_params(block, indices)
    return rw.changed


def _incoming(fn: Function) -> dict[Block, list[tuple[Op, list[Value]]]]:
    """For each block, its incoming edges as (branch op, the args it passes)."""
    edges: dict[Block, list[tuple[Op, list[Value]]]] = {b: [] for b in fn.blocks}
    for block in fn.blocks:
        term = block.terminator
        if isinstance(term, Br):
            edges[term.target].append((term, term.args))
        elif isinstance(term, CondBr):
            edges[term.then].append((term, term.then_args))
            edges[term.else_].append((term, term.else_args))
    return edges


def _live_values(fn: Function) -> set[Value]:
    edges = _incoming(fn)
    live: set[Value] = set()
    work: list[Value] = []
    for op in fn.ops():
        if op.result is None or not is_pure(op):
            roots = [op.args[0]] if isinstance(op, CondBr) else ([] if isinstance(op, Br) else op.args)
            work.extend(roots)
            if op.result is not None:
                work.append(op.result)
    while work:
        value = work.pop()
        if value in live:
            continue
        live.add(value)
        if value.op is not None:
            work.extend(value.op.args if not isinstance(value.op, (Br, CondBr)) else [])
        elif value.block is not None:
            index = value.block.params.index(value)
            work.extend(args[index] for _, args in edges.get(value.block, ()) if index < len(args))
    return live
