"""Definite assignment: which reads of a variable may run before any assignment.

A forward dataflow over the AST. The state is the set of variables assigned
on every path so far, or None where control cannot reach. Assignments only
add to it, so a loop head's state is its entry state: the body is analysed
once. For example

    for i in range(n):      # the loop may run zero times,
        last = i
    print(last)             # so this read of `last` may be unbound.

irgen turns each such read into a check that raises UnboundLocalError (in a
function) or NameError (at module level). `x += 1` reads x, so an AugAssign
target can be in the result too.
"""

from __future__ import annotations

import ast

from pyrite.frontend.flow import is_constant, is_sys_exit

State = frozenset[str] | None  # None: unreachable


def find_maybe_unbound(stmts: list[ast.stmt], tracked: set[str] | frozenset[str]) -> set[ast.AST]:
    """The reads of names in `tracked` that may run before their assignment."""
    search = _Search(frozenset(tracked))
    search.block(stmts, frozenset())
    return search.found


def _meet(*states: State) -> State:
    reachable = [s for s in states if s is not None]
    if not reachable:
        return None
    return frozenset.intersection(*reachable)


class _Search:
    def __init__(self, tracked: frozenset[str]):
        self.tracked = tracked
        self.found: set[ast.AST] = set()
        self.breaks: list[list[State]] = []  # per enclosing loop: states at its breaks
        self.dead = 0  # > 0 while walking unreachable code

    def block(self, stmts: list[ast.stmt], state: State) -> State:
        for stmt in stmts:
            state = self.stmt(stmt, state)
        return state

    def stmt(self, stmt: ast.stmt, state: State) -> State:
        if state is None:
            # Unreachable code never runs; checking its reads anyway costs
            # nothing and spares irgen from reading a never-assigned slot.
            self.dead += 1
            self.stmt(stmt, frozenset())
            self.dead -= 1
            return None
        match stmt:
            case ast.Assign() | ast.AnnAssign():
                self.reads(stmt.value, state)
                if stmt.value is None:  # `x: int` declares without assigning
                    return state
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                return self.assign(targets, state)
            case ast.AugAssign():
                self.reads(stmt.target, state, store_too=True)
                self.reads(stmt.value, state)
                return state | self.stored([stmt.target])
            case ast.If():
                self.reads(stmt.test, state)
                return _meet(self.block(stmt.body, state), self.block(stmt.orelse, state))
            case ast.While():
                return self.while_loop(stmt, state)
            case ast.For():
                return self.for_loop(stmt, state)
            case ast.Break():
                if self.breaks and not self.dead:
                    self.breaks[-1].append(state)
                return None
            case ast.Continue():
                return None
            case ast.Return() | ast.Raise():
                self.reads(stmt, state)
                return None
            case ast.Assert():
                self.reads(stmt, state)
                return None if is_constant(stmt.test, False) else state
            case ast.Expr():
                self.reads(stmt.value, state)
                return None if is_sys_exit(stmt.value) else state
        return state  # pass, global, def, import: no reads of variables

    def while_loop(self, stmt: ast.While, state: frozenset[str]) -> State:
        self.reads(stmt.test, state)
        self.breaks.append([])
        self.block(stmt.body, state)
        breaks = self.breaks.pop()
        normal_exit = None if is_constant(stmt.test, True) else state
        return _meet(self.block(stmt.orelse, normal_exit), *breaks)

    def for_loop(self, stmt: ast.For, state: frozenset[str]) -> State:
        self.reads(stmt.iter, state)
        self.breaks.append([])
        self.block(stmt.body, state | self.stored([stmt.target]))
        breaks = self.breaks.pop()
        return _meet(self.block(stmt.orelse, state), *breaks)  # zero iterations: target unset

    def assign(self, targets: list[ast.expr], state: frozenset[str]) -> frozenset[str]:
        """Targets are assigned left to right; `xs[i] = v` reads xs and i first, so in
        `i, xs[i] = 0, v` the i that xs[i] reads is the one just assigned."""
        for target in targets:
            if isinstance(target, (ast.Tuple, ast.List)):
                state = self.assign(target.elts, state)
                continue
            self.reads(target, state)  # the loads in a target: xs and i of xs[i]
            state = state | self.stored([target])
        return state

    def stored(self, targets: list[ast.expr]) -> frozenset[str]:
        return frozenset(n.id for t in targets for n in ast.walk(t)
                         if isinstance(n, ast.Name) and n.id in self.tracked)

    def reads(self, node: ast.AST | None, state: frozenset[str], store_too: bool = False) -> None:
        if node is None:
            return
        for n in ast.walk(node):
            if (isinstance(n, ast.Name) and n.id in self.tracked and n.id not in state
                    and (store_too or isinstance(n.ctx, ast.Load))):
                self.found.add(n)
