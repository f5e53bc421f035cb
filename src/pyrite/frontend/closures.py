"""Functions as values: lambdas, nested defs, module functions passed as values,
and calls of function values (ADR 0009).

    def apply(f: Callable[[int], int], x: int) -> int:
        return f(x)                      # a 'value' call
    def outer(n: int) -> int:
        g = lambda x: x * n              # a closure: n is captured
        def h(x: int) -> int:            # a nested def: also a closure
            return x + n
        return apply(g, 2) + apply(h, 3) + apply(double, 4)   # double: a module function

A lambda's parameter types come from its context: the `Callable[...]` it is
passed to, assigned to or returned as, or the element type for `key=`.

Captured variables are copied into the closure when it is made. That equals
CPython's capture by reference exactly when the variable cannot change after
the closure is made, so a capture is accepted only if the variable is a
parameter never assigned in the body, or is assigned once, by a statement at
the top level of the enclosing body that comes before the closure.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatches lambdas here
from pyrite.frontend.context import Checker, Scope
from pyrite.frontend.pytypes import ERROR, article, conversion_hint, is_value, source_text
from pyrite.frontend.scopes import body_nodes
from pyrite.frontend.typed import NONE, CallInfo, FuncInfo, PyType, callable_of

LAMBDA_HINT = ("give it a context that names its parameter types: pass it to a Callable[...] parameter, "
               "or annotate the variable, e.g. f: Callable[[int], int] = lambda x: x + 1")
BY_VALUE = "Pyrite copies captured variables when the closure is made (ADR 0009)"


# ---- lambdas -----------------------------------------------------------------


def check_lambda(ck: Checker, node: ast.Lambda, expected: PyType | None) -> PyType:
    """The Callable type of a lambda, from the Callable its context expects."""
    if not _plain_parameters(ck, node.args, "lambda"):
        return ERROR
    names = [a.arg for a in node.args.args]
    if expected is not None and expected.is_callable:
        if len(expected.params) != len(names):
            n = len(expected.params)
            ck.error(node, f"this lambda takes {len(names)} parameter{'s' * (len(names) != 1)}, "
                           f"but {expected} passes {n}",
                     f"write a lambda with {n} parameter{'s' * (n != 1)}")
            return ERROR
        return check_lambda_with(ck, node, list(expected.params), expected.ret)
    if names:
        ck.error(node, "cannot infer the parameter types of this lambda", LAMBDA_HINT)
        return ERROR
    return check_lambda_with(ck, node, [], None)


def check_lambda_with(ck: Checker, node: ast.Lambda, params: list[PyType], ret: PyType | None) -> PyType:
    """Check the body with the given parameter types; `ret` None: the body's type is the result."""
    names = [a.arg for a in node.args.args]
    typed = dict(zip(names, params))
    fn = FuncInfo(f"pyrite_lambda_{node.lineno}_{node.col_offset}", node, list(typed.items()),
                  ret or ERROR, dict(typed), pyname="<lambda>")
    inner = _closure_checker(ck, fn, frozenset(names), frozenset())
    body = ex.check_expr(inner, node.body, expected=ret if ret not in (None, NONE) else None)
    _leave_closure(ck, inner)
    if body == ERROR:
        return ERROR
    if ret is None:
        if not is_value(body) and body != NONE:
            ck.error(node.body, f"a lambda cannot return {article(body)}")
            return ERROR
        ret = body
    elif ret != NONE and body != ret:
        ck.error(node.body, f"this lambda returns {body}, but {callable_of(params, ret)} must return {ret}",
                 conversion_hint(node.body, body, ret))
        return ERROR
    fn.ret = ret
    fn.captures = dict(inner.scope.captures)
    # a comprehension in the body binds variables of the lambda's own (frontend/mapping_comprehensions.py)
    fn.locals = {**typed, **{name: t for name, t in inner.scope.types.items() if name not in typed}}
    ck.tables.closures[node] = fn
    return callable_of(params, ret)


def _plain_parameters(ck: Checker, args: ast.arguments, what: str) -> bool:
    if args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg or args.defaults:
        ck.error(args.defaults[0] if args.defaults else (args.vararg or args.kwarg or ck_first(args)),
                 f"{what} parameters with defaults, '*' or '/' are not supported yet")
        return False
    return True


def ck_first(args: ast.arguments) -> ast.AST:
    return (args.posonlyargs or args.kwonlyargs or args.args)[0]


def _closure_checker(ck: Checker, fn: FuncInfo, local_names: frozenset[str], decls: frozenset[str]) -> Checker:
    outer = ck.scope
    scope = Scope(fn, local_names, decls, dict(fn.locals), outer.strict, outer=outer)
    return Checker(ck.module, scope, ck.tables)


def _leave_closure(ck: Checker, inner: Checker) -> None:
    if inner.scope.deferred:
        ck.scope.deferred = True


# ---- nested defs -------------------------------------------------------------


def check_nested_def(ck: Checker, stmt: ast.FunctionDef) -> None:
    """`def inner(...)` inside a function: a closure bound to the local `inner`."""
    from pyrite.frontend.bodies import check_function  # circular: bodies checks statements
    from pyrite.frontend.signatures import read_signature

    fn = read_signature(ck.tables, ck.module, stmt)
    fn.name, fn.pyname = f"pyrite_def_{stmt.name}_{stmt.lineno}", stmt.name
    ck.tables.absorb(check_function(ck.module, fn, outer=ck.scope))
    types = [t for _, t in fn.params] + [fn.ret]
    t = ERROR if ERROR in types else callable_of(types[:-1], fn.ret)
    ck.tables.closures[stmt] = fn
    _bind_def(ck, stmt, t)


def _bind_def(ck: Checker, stmt: ast.FunctionDef, t: PyType) -> None:
    scope, name = ck.scope, stmt.name
    declared = scope.types.get(name)
    scope.first_assigned.setdefault(name, (stmt.lineno, stmt.col_offset))
    if t == ERROR:
        scope.poisoned.add(name)
    elif declared is None:
        scope.types[name] = t
    elif declared != t:
        ck.error(stmt, f"cannot bind '{name}' to a function of type {t}: it is {declared}",
                 "use a different name")


# ---- captured variables --------------------------------------------------------


def is_captured(scope: Scope, name: str) -> bool:
    """Whether `name`, not local to this closure, is a local of an enclosing function."""
    outer = scope.outer
    while outer is not None and outer.function is not None:
        if name in outer.global_decls:
            return False
        if name in outer.local_names:
            return True
        outer = outer.outer
    return False


def capture_type(ck: Checker, node: ast.Name) -> PyType:
    """The type of an enclosing variable read in a closure; registers the capture
    in every closure between the read and the variable's function."""
    return _capture(ck, ck.scope, node.id, node)


def _capture(ck: Checker, scope: Scope, name: str, node: ast.Name) -> PyType:
    if name in scope.captures:
        return scope.captures[name]
    outer = scope.outer
    if name in outer.local_names:
        problem = _capture_problem(outer, name, scope.function.node)
        if problem is not None:
            ck.error(node, *problem)
            scope.captures[name] = ERROR
            return ERROR
        t = outer.types.get(name)
        if t is None:
            if not scope.strict and name not in outer.poisoned:
                scope.deferred = True
            elif name not in outer.poisoned:
                ck.error(node, f"cannot infer the type of captured variable '{name}'",
                         f"assign '{name}' before the closure that reads it")
            return ERROR
    else:
        t = _capture(ck, outer, name, node)
        if t == ERROR:
            return ERROR
    scope.captures[name] = t
    return t


def _capture_problem(outer: Scope, name: str, closure: ast.AST) -> tuple[str, str] | None:
    """Why copying `name` when `closure` is made could differ from CPython, or None."""
    fnode = outer.function.node
    if isinstance(fnode, ast.Lambda):
        return None  # a lambda's parameters are never reassigned
    where = outer.function.pyname or outer.function.name
    params = {a.arg for a in fnode.args.args}
    sites = [n for n in body_nodes(fnode.body)
             if (isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load))
             or (isinstance(n, ast.FunctionDef) and n.name == name)]
    if name in params:
        if not sites:
            return None
        return (f"the closure reads '{name}', which '{where}' assigns again on line {sites[0].lineno}",
                f"{BY_VALUE}; read a variable that is not changed after the closure is made")
    if not sites:
        return (f"the closure reads '{name}', which is never assigned", f"assign '{name}' before the closure")
    top = _top_statement(fnode.body, sites[0])
    if len(sites) > 1 or top is None or isinstance(top, (ast.For, ast.While, ast.If)):
        return (f"the closure reads '{name}', which '{where}' assigns more than once or in a block",
                f"{BY_VALUE}; read a variable assigned once, before the closure, outside loops and ifs")
    if top is closure:
        return (f"'{name}' cannot call itself yet", "make it a module-level function")
    if (closure.lineno, closure.col_offset) < (top.end_lineno, top.end_col_offset):
        return (f"the closure reads '{name}', which is assigned only after the closure is made (line {top.lineno})",
                f"{BY_VALUE}; assign '{name}' before the closure")
    return None


def _top_statement(body: list[ast.stmt], node: ast.AST) -> ast.stmt | None:
    """The statement of `body` (top level) that contains `node`."""
    for stmt in body:
        if stmt.lineno <= node.lineno <= stmt.end_lineno and (
                stmt is node or any(n is node for n in ast.walk(stmt))):
            return stmt
    return None


# ---- calls of function values ----------------------------------------------------


def check_value_call(ck: Checker, node: ast.Call) -> PyType:
    """`f(x)` where f is a Callable variable or expression."""
    t = ex.check_expr(ck, node.func)
    if t == ERROR or not t.is_callable:
        if t != ERROR:
            ck.error(node.func, f"'{source_text(node.func)}' is not callable: it is {article(t)}")
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            ex.check_expr(ck, arg)
        return ERROR
    ok = True
    if node.keywords:
        ck.error(node.keywords[0], "a function value takes its arguments by position only")
        ok = False
    if len(node.args) != len(t.params):
        n = len(t.params)
        ck.error(node, f"{source_text(node.func)}() takes {n} positional argument{'s' * (n != 1)} "
                       f"but {len(node.args)} were given")
        ok = False
    for i, arg in enumerate(node.args):
        want = t.params[i] if i < len(t.params) else None
        got = ex.check_expr(ck, arg, expected=want)
        if want is not None and got not in (ERROR, want):
            ck.error(arg, f"argument {i + 1} of {source_text(node.func)}() must be {want}, not {got}",
                     conversion_hint(arg, got, want))
            ok = False
    if ok:
        ck.tables.calls[node] = CallInfo("value", str(t), list(node.args))
    return t.ret
