"""Calls: find the callee, place the arguments, check their types.

A user function's arguments are placed the way Python places them: positional
first, then keywords by name, then defaults. `CallInfo.args` lists them in
parameter order; the written arguments are still evaluated in source order.
"""

from __future__ import annotations

import ast
import difflib

from pyrite.frontend import builtins, closures, keyed, sequences
from pyrite.frontend import expressions as ex  # circular: expressions calls check_call
from pyrite.frontend.context import Checker
from pyrite.frontend.library import (
    BUILTIN_FUNCTIONS, EXCEPTIONS, MATH_FUNCTIONS, PYTHON_BUILTINS,
)
from pyrite.frontend.names import report_undefined, variable_kind
from pyrite.frontend.pytypes import ERROR, VERSION0, compatible, conversion_hint
from pyrite.frontend.signatures import defaults_of
from pyrite.frontend.typed import NONE, CallInfo, FuncInfo, PyType
from pyrite.frontend.values import expect_value

PYTHON_BUILTIN_HINTS = {
    "exit": "use sys.exit() after 'import sys'",
    "quit": "use sys.exit() after 'import sys'",
    "input": "reading input is not supported yet",
}


def check_call(ck: Checker, node: ast.Call) -> PyType:
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        ck.error(node, "star arguments (*args, **kwargs) in calls are not supported yet")
        check_arguments_only(ck, node)
        return ERROR
    if keyed.is_keyed_call(ck, node):
        return keyed.check_keyed_call(ck, node)
    if isinstance(node.func, ast.Attribute) and not ex.is_module_ref(ck, node.func.value):
        return sequences.check_method_call(ck, node, node.func)
    if _is_function_value(ck, node.func):
        return closures.check_value_call(ck, node)
    from pyrite.frontend import iteration  # circular: iteration checks calls' arguments

    if iteration.builtin_call(ck, node, iteration.ITERATORS) is not None:
        return iteration.reject_value(ck, node)
    callee = resolve_callee(ck, node.func)
    if callee is None:
        check_arguments_only(ck, node)
        return ERROR
    kind, name = callee
    if kind == "user":
        return check_user_call(ck, node, ck.module.functions[name])
    if kind == "builtin":
        return builtins.check_builtin_call(ck, node, name)
    if kind == "math":
        return builtins.check_math_call(ck, node, name)
    return builtins.check_sys_exit(ck, node)


def _is_function_value(ck: Checker, func: ast.expr) -> bool:
    """A callee that is a value (a variable, a call's result, a lambda), not a name of a def."""
    if isinstance(func, ast.Name):
        return variable_kind(ck, func.id) is not None
    return not isinstance(func, ast.Attribute)


def check_arguments_only(ck: Checker, node: ast.Call) -> None:
    """Check the arguments of a call that cannot be resolved, for their own errors."""
    for arg in node.args:
        ex.check_expr(ck, arg.value if isinstance(arg, ast.Starred) else arg)
    for keyword in node.keywords:
        ex.check_expr(ck, keyword.value)


def resolve_callee(ck: Checker, func: ast.expr) -> tuple[str, str] | None:
    """(kind, name) of what `func` names, with kind as in CallInfo; None after reporting."""
    if isinstance(func, ast.Name):
        return _resolve_name(ck, func)
    if isinstance(func, ast.Attribute):
        module = ex.module_of(ck, func, called=True)
        if module == "math" and func.attr in MATH_FUNCTIONS:
            return ("math", func.attr)
        if module == "sys" and func.attr == "exit":
            return ("sys", "exit")
        if module is not None:
            ex.report_module_attribute(ck, func, module, called=True)
        return None
    ck.error(func, "only functions can be called, by name: f(x), math.sqrt(x)")
    return None


def _resolve_name(ck: Checker, func: ast.Name) -> tuple[str, str] | None:
    name = func.id
    if variable_kind(ck, name) is not None:
        ck.error(func, f"'{name}' is a variable, not a function")
    elif name in ck.module.functions:
        return ("user", name)
    elif name in ck.module.math_imports:
        if name in MATH_FUNCTIONS:
            return ("math", name)
        ck.error(func, f"'{name}' is a constant, not a function")
    elif name in BUILTIN_FUNCTIONS:
        return ("builtin", name)
    elif name in EXCEPTIONS:
        ck.error(func, f"exception '{name}' can only be raised", f'raise {name}("message")')
    elif name in PYTHON_BUILTINS:
        ck.error(func, f"builtin '{name}()' is not supported yet ({VERSION0})", PYTHON_BUILTIN_HINTS.get(name))
    else:
        report_undefined(ck, func, name)
    return None


# ---- user functions ------------------------------------------------------------


def check_user_call(ck: Checker, node: ast.Call, fn: FuncInfo) -> PyType:
    written = [*node.args, *(k.value for k in node.keywords)]
    wanted = _parameter_types(node, fn)
    types = {arg: ex.check_expr(ck, arg, expected=wanted.get(arg)) for arg in written}  # nodes hash by identity
    params = [name for name, _ in fn.params]
    args = bind_arguments(ck, node, fn.name, params, defaults_of(fn.node))
    if args is None:
        return ERROR
    for (param, want), arg in zip(fn.params, args):
        if arg in types:  # defaults were checked with the signature
            check_argument(ck, fn.name, param, want, arg, types[arg])
    ck.tables.calls[node] = CallInfo("user", fn.name, args)
    return fn.ret  # even after an argument error: the result type is known


def _parameter_types(node: ast.Call, fn: FuncInfo) -> dict[ast.expr, PyType]:
    """The type each written argument's parameter has, where that is clear: it types `f([])`."""
    params = dict(fn.params)
    wanted = {arg: t for arg, (_, t) in zip(node.args, fn.params)}
    wanted.update({k.value: params[k.arg] for k in node.keywords if k.arg in params})
    return {arg: t for arg, t in wanted.items() if t != ERROR}


def check_argument(ck: Checker, fname: str, param: str, want: PyType, node: ast.expr, got: PyType) -> None:
    if want == ERROR:
        return
    if want.is_optional and got == NONE:
        return
    got = expect_value(ck, node, got, f"argument '{param}' of {fname}()")
    if got != ERROR and not compatible(got, want):
        ck.error(node, f"argument '{param}' of {fname}() must be {want}, not {got}",
                 conversion_hint(node, got, want))


def bind_arguments(ck: Checker, node: ast.Call, fname: str, params: list[str],
                   defaults: dict[str, ast.expr]) -> list[ast.expr] | None:
    """The argument of each parameter in order, or None after reporting a mismatch."""
    slots: dict[str, ast.expr] = dict(zip(params, node.args))
    ok = True
    if len(node.args) > len(params):
        ck.error(node.args[len(params)],
                 f"{fname}() {_takes(len(params), len(defaults))} but {len(node.args)} were given")
        ok = False
    for keyword in node.keywords:
        ok = _place_keyword(ck, fname, params, slots, keyword) and ok
    missing = [p for p in params if p not in slots and p not in defaults]
    if missing and ok:  # after a misspelled keyword, "missing" would repeat the same mistake
        s = "s" if len(missing) > 1 else ""
        ck.error(node, f"{fname}() missing {len(missing)} required argument{s}: {_quoted(missing)}")
        ok = False
    return [slots[p] if p in slots else defaults[p] for p in params] if ok else None


def _place_keyword(ck: Checker, fname: str, params: list[str], slots: dict[str, ast.expr],
                   keyword: ast.keyword) -> bool:
    name = keyword.arg
    if name not in params:
        close = difflib.get_close_matches(name, params, n=1, cutoff=0.6)
        ck.error(keyword, f"{fname}() got an unexpected keyword argument '{name}'",
                 f"did you mean '{close[0]}'?" if close else None)
        return False
    if name in slots:
        ck.error(keyword, f"{fname}() got multiple values for argument '{name}'")
        return False
    slots[name] = keyword.value
    return True


def _takes(count: int, optional: int) -> str:
    if optional:
        return f"takes from {count - optional} to {count} positional arguments"
    return f"takes {count} positional argument{'' if count == 1 else 's'}"


def _quoted(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
