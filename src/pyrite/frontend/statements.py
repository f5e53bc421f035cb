"""Statement checking: one `match` over the statement kinds Pyrite accepts."""

from __future__ import annotations

import ast
import builtins as python_builtins
import difflib

from pyrite.frontend import closures
from pyrite.frontend import expressions as ex
from pyrite.frontend import listops, optionals
from pyrite.frontend.assignments import assign_target, check_annassign, check_assign, check_augassign
from pyrite.frontend.context import Checker
from pyrite.frontend.iteration import loop_item
from pyrite.frontend.library import EXCEPTIONS
from pyrite.frontend.pytypes import ERROR, compatible, conversion_hint, is_none_literal, is_str_literal, is_value, source_text
from pyrite.frontend.typed import NONE, STR, CallInfo, PyType
from pyrite.frontend.unsupported import report_statement
from pyrite.frontend.values import expect_value, misuse


def check_statements(ck: Checker, stmts: list[ast.stmt]) -> None:
    """The top-level statements of a body; a statement too deep to check is
    reported and the rest are still checked."""
    for stmt in stmts:
        try:
            check_stmt(ck, stmt)
        except RecursionError:
            ck.scope.loop_depth = ck.scope.expr_depth = 0
            ck.error(stmt, "expression nested too deeply")


def check_block(ck: Checker, stmts: list[ast.stmt]) -> None:
    for stmt in stmts:
        check_stmt(ck, stmt)


def _check_if(ck: Checker, stmt: ast.If) -> None:
    """Each branch with what its test proves; after the `if`, what holds at the end of
    every branch that can end (`if x is None: return` leaves x not None)."""
    when_true, when_false = optionals.narrowings(ck, stmt.test)
    ex.check_cond(ck, stmt.test)
    base, ends = dict(ck.scope.narrowed), []
    for narrowing, body in ((when_true, stmt.body), (when_false, stmt.orelse)):
        ck.scope.narrowed = {**base, **narrowing}
        check_block(ck, body)
        if not optionals.always_exits(body):
            ends.append(ck.scope.narrowed)
    ck.scope.narrowed = optionals.meet(ends) if ends else base


def check_stmt(ck: Checker, stmt: ast.stmt) -> None:
    match stmt:
        case ast.Expr():
            check_expression_statement(ck, stmt)
        case ast.Assign():
            check_assign(ck, stmt)
        case ast.AugAssign():
            check_augassign(ck, stmt)
        case ast.AnnAssign():
            check_annassign(ck, stmt)
        case ast.If():
            _check_if(ck, stmt)
        case ast.While():
            optionals.forget_assigned(ck, stmt)
            entry = dict(ck.scope.narrowed)
            ex.check_cond(ck, stmt.test)
            with optionals.narrowed(ck, optionals.narrowings(ck, stmt.test)[0], [stmt.test, *stmt.body]):
                check_loop_body(ck, stmt.body)
            check_block(ck, stmt.orelse)
            ck.scope.narrowed = entry  # the body may not have run, and a break skips the else
        case ast.For():
            check_for(ck, stmt)
        case ast.Delete():
            check_delete(ck, stmt)  # del d[k], del xs[i], del xs[a:b]
        case ast.Break() | ast.Continue():
            check_loop_exit(ck, stmt)
        case ast.Return():
            check_return(ck, stmt)
        case ast.Assert():
            check_assert(ck, stmt)
        case ast.Raise():
            check_raise(ck, stmt)
        case ast.Pass() | ast.Global():
            pass  # `global` was read before the body (scopes.py)
        case ast.FunctionDef() if ck.scope.function is not None:
            closures.check_nested_def(ck, stmt)
        case ast.FunctionDef():
            report_misplaced_def(ck, stmt)
        case ast.Import() | ast.ImportFrom():
            ck.error(stmt, "imports must be at the top level of the module")
        case _:
            report_statement(ck, stmt)


def check_expression_statement(ck: Checker, stmt: ast.Expr) -> None:
    value = stmt.value
    if isinstance(value, ast.Constant) and (isinstance(value.value, str) or value.value is Ellipsis):
        if isinstance(value.value, str):
            ck.record(value, STR)  # a docstring: no effect
        return
    ex.check_expr(ck, value)  # a call's None result is fine here


def check_loop_body(ck: Checker, body: list[ast.stmt]) -> None:
    ck.scope.loop_depth += 1
    check_block(ck, body)
    ck.scope.loop_depth -= 1


def check_for(ck: Checker, stmt: ast.For) -> None:
    optionals.forget_assigned(ck, stmt)
    entry = dict(ck.scope.narrowed)
    item = loop_item(ck, stmt.iter)
    bind_loop_target(ck, stmt.target, stmt.iter, item)
    check_loop_body(ck, stmt.body)
    # the else runs after the last step, which may be none: what the body proved does not
    # hold there (`o = 5` in the body left o "not None", and the else's `o is None` false)
    ck.scope.narrowed = dict(entry)
    check_block(ck, stmt.orelse)  # `break` in the else clause leaves an outer loop
    # nor after the loop, where a break skips the else
    ck.scope.narrowed = entry


def check_delete(ck: Checker, stmt: ast.Delete) -> None:
    """del d[k], del xs[i], del xs[a:b:c]: targets left to right."""
    from pyrite.frontend import mappings  # circular: mappings checks statements' expressions

    for target in stmt.targets:
        if not isinstance(target, ast.Subscript):
            ck.error(target, "'del' is not supported here; only del d[key], del xs[i] and del xs[a:b] are",
                     "variables live until the end of their function")
            continue
        seq = ex.check_expr(ck, target.value)
        if seq != ERROR and seq.is_dict:
            mappings.check_key(ck, target.slice, seq)
        else:
            listops.check_delete_item(ck, target, seq)


def bind_loop_target(ck: Checker, target: ast.expr, iterable: ast.expr, item: PyType) -> None:
    """The target of `for target in iterable` (or of a comprehension's `for`)."""
    if isinstance(target, (ast.Name, ast.Tuple)):
        assign_target(ck, target, item, None)
    else:
        ck.error(target, "a for loop needs a loop variable or a tuple of them", "for i, x in enumerate(xs): ...")


def iterated_type(ck: Checker, node: ast.expr) -> PyType:
    """The type of the values `for x in node` gives x (checking `node`)."""
    return loop_item(ck, node)


def check_loop_exit(ck: Checker, stmt: ast.Break | ast.Continue) -> None:
    if ck.scope.loop_depth == 0:
        word = "'break' outside loop" if isinstance(stmt, ast.Break) else "'continue' not properly in loop"
        ck.error(stmt, word)


def report_misplaced_def(ck: Checker, stmt: ast.FunctionDef) -> None:
    if ck.scope.function is not None:
        ck.error(stmt, f"nested functions are not supported yet; move '{stmt.name}' to module level")
    else:
        ck.error(stmt, f"define '{stmt.name}' at the top level of the module, not inside a block")


# ---- return ------------------------------------------------------------------


def check_return(ck: Checker, stmt: ast.Return) -> None:
    fn, value = ck.scope.function, stmt.value
    if fn is None:
        ck.error(stmt, "'return' outside function")
        if value is not None:
            ex.check_expr(ck, value)
        return
    if value is None or is_none_literal(value):
        if value is not None:
            ck.record(value, NONE)
        if fn.ret not in (NONE, ERROR) and not fn.ret.is_optional:
            ck.error(stmt, f"'{fn.name}' must return {fn.ret}, but this returns None",
                     f"declare it '-> {fn.ret} | None' if it may return None")
        return
    wanted = fn.ret.elem if fn.ret.is_optional else fn.ret
    t = ex.check_expr(ck, value, expected=wanted if fn.ret not in (NONE, ERROR) else None)
    if fn.ret == NONE and t == NONE:
        expect_value(ck, value, t, "a return value")  # `return g()` with g -> None
    elif fn.ret == NONE:
        hint = f"change the return annotation to '-> {t}'" if is_value(t) else None
        ck.error(value, f"'{fn.name}' is declared '-> None' but returns a value", hint)
    elif ERROR not in (t, fn.ret):
        t = expect_value(ck, value, t, "a return value")
        if t != ERROR and not compatible(t, fn.ret):
            ck.error(value, f"'{fn.name}' must return {fn.ret}, but this returns {t}",
                     conversion_hint(value, t, fn.ret))


# ---- assert, raise -------------------------------------------------------------


def check_assert(ck: Checker, stmt: ast.Assert) -> None:
    ex.check_cond(ck, stmt.test)
    message = stmt.msg
    if message is None:
        return
    if is_str_literal(message):
        ck.record(message, STR)
    else:
        expect_value(ck, message, ex.check_expr(ck, message), "an assert message")


def check_raise(ck: Checker, stmt: ast.Raise) -> None:
    if stmt.cause is not None:
        ck.error(stmt.cause, "'raise ... from ...' is not supported")
    exc = stmt.exc
    if exc is None:
        ck.error(stmt, "bare 'raise' is not supported (there is no try/except in version 0)",
                 'raise ValueError("message")')
        return
    name = exc.func if isinstance(exc, ast.Call) else exc
    if not isinstance(name, ast.Name):
        ck.error(exc, "raise needs a builtin exception class", 'raise ValueError("message")')
    elif _known_exception(ck, name) and isinstance(exc, ast.Call):
        _check_exception_call(ck, exc, name.id)


def _known_exception(ck: Checker, node: ast.Name) -> bool:
    name = node.id
    if name in EXCEPTIONS:
        return True
    supported = ", ".join(sorted(EXCEPTIONS))
    value = getattr(python_builtins, name, None)
    if isinstance(value, type) and issubclass(value, BaseException):
        ck.error(node, f"raising '{name}' is not supported yet", f"use one of: {supported}")
    else:
        close = difflib.get_close_matches(name, sorted(EXCEPTIONS), n=1, cutoff=0.7)
        ck.error(node, f"name '{name}' is not defined",
                 f"did you mean '{close[0]}'?" if close else f"raise one of: {supported}")
    return False


def _check_exception_call(ck: Checker, exc: ast.Call, name: str) -> None:
    ck.tables.calls[exc] = CallInfo("raise", name, list(exc.args))
    if exc.keywords or len(exc.args) > 1 or any(isinstance(a, ast.Starred) for a in exc.args):
        ck.error(exc, f"{name}() takes at most one argument, a str", f'raise {name}("message")')
        return
    if not exc.args:
        return
    arg = exc.args[0]
    if is_str_literal(arg):
        ck.record(arg, STR)
        return
    t = ex.check_expr(ck, arg)
    if t not in (ERROR, STR):
        message = f"the exception message must be a str literal or a str value, not {t}"
        ck.error(arg, message if is_value(t) else misuse(arg, t, "a message")[0],
                 f"raise {name}(str({source_text(arg)}))" if is_value(t) else f'raise {name}("message")')
