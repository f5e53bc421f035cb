"""Checking one body: the module's top-level statements, or one function.

A variable's type comes from its first assignment in the source, but a read
can come earlier in the source and still run later:

    while i < 3:
        if i > 0:
            print(prev)     # read before the assignment below, in source order
        prev = i

So a body is checked in passes. A pass that meets a read of a variable not
typed yet defers it (poison, no error) and goes on; if the pass learned new
types the body is checked again with them. The last pass is strict: a read
that still has no type is an error. Only the last pass's tables are kept.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from pyrite.frontend.context import Checker, ModuleInfo, Scope, Tables
from pyrite.frontend.flow import can_complete
from pyrite.frontend.pytypes import ERROR
from pyrite.frontend.scopes import body_names, body_nodes, global_declarations
from pyrite.frontend.signatures import def_span
from pyrite.frontend.statements import check_statements
from pyrite.frontend.typed import NONE, FuncInfo, PyType
from pyrite.frontend.unbound import find_maybe_unbound

MAX_PASSES = 6
DECLARATIONS = (ast.FunctionDef, ast.Import, ast.ImportFrom)  # read by toplevel.py

Pass = Callable[[dict[str, PyType], bool], Checker]


def infer(run: Pass) -> Checker:
    """Run passes until no read is deferred or no pass learns a new type."""
    seed: dict[str, PyType] = {}
    for _ in range(MAX_PASSES):
        ck = run(seed, False)
        if not ck.scope.deferred:
            return ck
        if ck.scope.types.keys() <= seed.keys():
            break
        seed = dict(ck.scope.types)
    return run(seed, True)


def in_source_order(scope: Scope) -> dict[str, PyType]:
    never = (float("inf"), 0)
    names = sorted(scope.types, key=lambda name: scope.first_assigned.get(name, never))
    return {name: scope.types[name] for name in names}


def check_module_body(module: ModuleInfo, tree: ast.Module) -> Tables:
    stmts = [stmt for stmt in tree.body if not isinstance(stmt, DECLARATIONS)]

    def run(seed: dict[str, PyType], strict: bool) -> Checker:
        scope = Scope(None, frozenset(), frozenset(), dict(seed), strict)
        ck = Checker(module, scope, Tables(module.filename))
        check_statements(ck, stmts)
        return ck

    ck = infer(run)
    module.globals = in_source_order(ck.scope)
    ck.tables.maybe_unbound = find_maybe_unbound(tree.body, module.global_names)
    return ck.tables


def _all_params(args: ast.arguments) -> list[ast.arg]:
    extra = [a for a in (args.vararg, args.kwarg) if a is not None]
    return [*args.posonlyargs, *args.args, *args.kwonlyargs, *extra]


def check_function(module: ModuleInfo, fn: FuncInfo, outer: Scope | None = None) -> Tables:
    """Check a module-level function, or (with `outer`, the enclosing body) a nested def."""
    node = fn.node
    tables = Tables(module.filename)
    params = {arg.arg for arg in _all_params(node.args)}
    names = body_names(node.body)
    names.assigned |= {n.name for n in body_nodes(node.body) if isinstance(n, ast.FunctionDef) and n is not node}
    decls = global_declarations(tables, module, names, params)
    local_names = frozenset(params | (names.assigned - decls))
    typed_params = {name: t for name, t in fn.params if t != ERROR}
    untyped_params = params - typed_params.keys()  # their signature has the error

    def run(seed: dict[str, PyType], strict: bool) -> Checker:
        scope = Scope(fn, local_names, decls, {**typed_params, **seed}, strict or bool(outer and outer.strict),
                      poisoned=set(untyped_params), outer=outer)
        ck = Checker(module, scope, Tables(module.filename))
        check_statements(ck, node.body)
        return ck

    ck = infer(run)
    fn.locals = {**typed_params, **in_source_order(ck.scope)}
    fn.global_names = set(decls)
    fn.captures = dict(ck.scope.captures)
    if outer is not None and ck.scope.deferred:
        outer.deferred = True
    if fn.ret not in (NONE, ERROR) and not fn.ret.is_optional and can_complete(node.body):
        tables.error(def_span(node), "missing return statement",
                     f"'{fn.name}' is declared '-> {fn.ret}' but can reach the end of its body; "
                     "end every path with a return")
    tables.absorb(ck.tables)
    tables.maybe_unbound = find_maybe_unbound(node.body, local_names - params)
    return tables
