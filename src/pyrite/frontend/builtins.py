"""Typing rules of the builtin, math and sys calls Pyrite provides.

Each rule checks its arguments and returns the call's type, following what
CPython returns: abs(True) is int, round(2.5) is int, round(2.5, 1) is float,
divmod(7, 2.0) is tuple[float, float], math.floor(x) is int, len(s) is int.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions reach calls through here
from pyrite.frontend import listops  # circular: listops uses check_range
from pyrite.frontend import strings
from pyrite.frontend.context import Checker
from pyrite.frontend.library import MATH_FUNCTIONS
from pyrite.frontend.operators import order_problem, pow_type
from pyrite.frontend.pytypes import (
    ERROR, VERSION0, article, has_callable, is_none_literal, is_str_literal, is_value, source_text,
)
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, STR, CallInfo, PyType, tuple_of
from pyrite.frontend.values import expect_scalar, expect_value, misuse


def check_builtin_call(ck: Checker, node: ast.Call, name: str) -> PyType:
    if name == "print":
        return check_print(ck, node)
    if name in listops.ITERABLE_BUILTINS or name in ("min", "max") and len(node.args) == 1:
        return listops.check_iterable_builtin(ck, node, name)
    if name == "range":
        return rule_range(ck, node)
    ck.tables.calls[node] = CallInfo("builtin", name, list(node.args))
    if not _no_keywords(ck, node, name):
        return ERROR
    return RULES[name](ck, node, name)


def _no_keywords(ck: Checker, node: ast.Call, name: str) -> bool:
    if not node.keywords:
        return True
    ck.error(node.keywords[0], f"keyword arguments to {name}() are not supported; pass them by position")
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg)
    return False


def _arity(ck: Checker, node: ast.Call, name: str, least: int, most: int | None, hint: str | None = None) -> bool:
    """Whether the call has an allowed number of arguments; if not, report and
    still check the arguments for errors of their own."""
    count = len(node.args)
    if count >= least and (most is None or count <= most):
        return True
    if least == most:
        expects = f"takes exactly {least} argument{'' if least == 1 else 's'}"
    elif most is None:
        expects = f"takes at least {least} argument{'' if least == 1 else 's'}"
    else:
        expects = f"takes from {least} to {most} arguments"
    ck.error(node, f"{name}() {expects} ({count} given)", hint)
    for arg in node.args:
        ex.check_expr(ck, arg)
    return False


def number_arg(ck: Checker, node: ast.expr, fname: str) -> PyType:
    return expect_scalar(ck, node, ex.check_expr(ck, node), f"an argument of {fname}()")


def int_arg(ck: Checker, node: ast.expr, fname: str, what: str) -> PyType:
    t = number_arg(ck, node, fname)
    if t == FLOAT:
        ck.error(node, f"{what} must be an int, not float", "convert with int(x)")
        return ERROR
    return t


# ---- print -------------------------------------------------------------------


def check_print(ck: Checker, node: ast.Call) -> PyType:
    for arg in node.args:
        _print_arg(ck, arg)
    options: dict[str, ast.expr | None] = {}
    for keyword in node.keywords:
        if keyword.arg not in ("sep", "end"):
            ck.error(keyword, f"print() keyword '{keyword.arg}' is not supported", "only sep= and end= are")
        elif keyword.arg in options:
            ck.error(keyword, f"keyword argument repeated: {keyword.arg}")
        else:
            options[keyword.arg] = _print_option(ck, keyword)
    ck.tables.calls[node] = CallInfo("builtin", "print", list(node.args), options.get("sep"), options.get("end"))
    return NONE


def _print_arg(ck: Checker, arg: ast.expr) -> None:
    if is_str_literal(arg):
        ck.record(arg, STR)
        return
    t = ex.check_expr(ck, arg)
    if t != ERROR and has_callable(t):
        ck.error(arg, "a function cannot be printed", "CPython prints its address, which differs from run to run")
        return
    if t == ERROR or is_value(t) or t.name == "tuple" or (t == NONE and is_none_literal(arg)):
        return
    ck.error(arg, *misuse(arg, t, "a print() argument"))


def _print_option(ck: Checker, keyword: ast.keyword) -> ast.expr | None:
    """sep=/end= as CallInfo holds it: the str literal, or None for the default."""
    value = keyword.value
    if is_str_literal(value):
        ck.record(value, STR)
        return value
    if is_none_literal(value):
        ck.record(value, NONE)
        return None
    if ex.check_expr(ck, value) != ERROR:
        ck.error(value, f"print() {keyword.arg}= must be a str literal or None",
                 f"str values are not supported yet ({VERSION0})")
    return None


# ---- abs min max int float bool round divmod pow ------------------------------------


def rule_abs(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 1, 1):
        return ERROR
    t = number_arg(ck, node.args[0], name)
    return t if t in (ERROR, FLOAT) else INT


def rule_min_max(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 2, None):
        return ERROR
    types = [_min_max_arg(ck, arg, name) for arg in node.args]
    if ERROR in types:
        return ERROR
    if len(set(types)) > 1:
        message = f"{name}() arguments must all have the same type, got {', '.join(map(str, types))}"
        if STR in types:
            ck.error(node, message, "CPython raises TypeError: a str and a number cannot be ordered")
            return ERROR
        if any(t.is_tuple for t in types):
            ck.error(node, message, "the result has one type: give the tuples the same item types and length")
            return ERROR
        target = "float" if FLOAT in types else "int"
        detail = ex.unify_hint(*zip(node.args, types))
        ck.error(node, message, f"convert with {target}()" + (f": {detail}" if detail else ""))
        return ERROR
    return types[0]


def _min_max_arg(ck: Checker, node: ast.expr, fname: str) -> PyType:
    """A number, a str (strs are ordered by code point, as `<` orders them), or a tuple of
    values `<` orders (item by item): `max(best, (score, name))`."""
    t = ex.check_expr(ck, node)
    if t.is_tuple:
        problem = order_problem(t, ">" if fname == "max" else "<")
        if problem is not None:
            ck.error(node, problem[0])
            return ERROR
        return t
    return t if t == STR else expect_scalar(ck, node, t, f"an argument of {fname}()")


CONVERSIONS = {"int": INT, "float": FLOAT, "bool": BOOL}


def rule_conversion(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 0, 2 if name == "int" else 1):
        return ERROR
    if not node.args:
        return CONVERSIONS[name]
    arg = node.args[0]
    if name in ("int", "float") and is_str_literal(arg) and len(node.args) == 1:
        return _number_of_literal(ck, arg, name)
    t = ex.check_expr(ck, arg)
    if t == STR and name in ("int", "float"):
        return strings.check_conversion_arg(ck, node, name)
    if len(node.args) == 2:
        if t != ERROR:
            ck.error(node, "int() can't convert non-string with explicit base")
        ex.check_expr(ck, node.args[1])
        return ERROR
    expect = expect_value if name == "bool" else expect_scalar  # bool(s), bool(xs): not empty
    t = expect(ck, arg, t, f"an argument of {name}()")
    return ERROR if t == ERROR else CONVERSIONS[name]


def _number_of_literal(ck: Checker, arg: ast.Constant, name: str) -> PyType:
    # float("inf"), int(" 12 "): irgen computes the value with Python's own float() / int()
    ck.record(arg, STR)
    try:
        value = int(arg.value) if name == "int" else float(arg.value)
    except ValueError as error:
        ck.error(arg, str(error))
        return ERROR
    if name == "int" and not -2**63 <= value < 2**63:
        ck.error(arg, "integer literal is too large: Pyrite ints are 64-bit")
        return ERROR
    return CONVERSIONS[name]


def rule_round(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 1, 2):
        return ERROR
    t = number_arg(ck, node.args[0], name)
    if len(node.args) == 1:
        return ERROR if t == ERROR else INT
    digits = int_arg(ck, node.args[1], name, "round()'s ndigits")
    if ERROR in (t, digits):
        return ERROR
    return FLOAT if t == FLOAT else INT


def rule_divmod(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 2, 2):
        return ERROR
    types = [number_arg(ck, arg, name) for arg in node.args]
    if ERROR in types:
        return ERROR
    item = FLOAT if FLOAT in types else INT
    return tuple_of(item, item)


def rule_pow(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 2, 3):
        return ERROR
    types = [number_arg(ck, arg, name) for arg in node.args]
    if ERROR in types:
        return ERROR
    if len(types) == 2:
        return pow_type(types[0], types[1], node.args[1])
    if FLOAT in types:
        ck.error(node, "pow() 3rd argument not allowed unless all arguments are integers")
        return ERROR
    return INT


# ---- len str repr ------------------------------------------------------------------


def rule_len(ck: Checker, node: ast.Call, name: str) -> PyType:
    if not _arity(ck, node, name, 1, 1):
        return ERROR
    arg = node.args[0]
    t = ex.check_expr(ck, arg)
    if t == ERROR:
        return ERROR
    if t in (STR, RANGE) or t.is_list or t.is_dict or t.is_set or t.is_tuple:
        return INT
    if t.is_optional:
        ck.error(arg, *misuse(arg, t, "an argument of len()"))
        return ERROR
    ck.error(arg, f"object of type '{t}' has no len()", "len() takes a str, a list, a tuple, a dict, a set or a range")
    return ERROR


def rule_text(ck: Checker, node: ast.Call, name: str) -> PyType:
    """str(x), repr(x) and ascii(x) of any value but a function or an optional (str() is '')."""
    if not _arity(ck, node, name, 0 if name == "str" else 1, 1):
        return ERROR
    if node.args:
        arg = node.args[0]
        t = ex.check_expr(ck, arg)
        if t == ERROR:
            return ERROR
        if t.is_optional:
            ck.error(arg, f"{name}() of {article(t)} is not supported yet",
                     f"check `if {source_text(arg)} is not None:` first")
            return ERROR
        if has_callable(t):
            ck.error(arg, f"{name}() of a function is not supported", "CPython shows its address, which differs from run to run")
            return ERROR
        if t == NONE and not is_none_literal(arg):
            ck.error(arg, *misuse(arg, t, f"an argument of {name}()"))
            return ERROR
    return STR


RULES = {
    "abs": rule_abs, "min": rule_min_max, "max": rule_min_max,
    "int": rule_conversion, "float": rule_conversion, "bool": rule_conversion,
    "round": rule_round, "divmod": rule_divmod, "pow": rule_pow,
    "len": rule_len, "str": rule_text, "repr": rule_text, "ascii": rule_text,
    "ord": strings.rule_ord, "chr": strings.rule_chr,
}


# ---- range ----------------------------------------------------------------------


def check_range(ck: Checker, node: ast.Call) -> bool:
    """`range(...)`: 1 to 3 int arguments. Whether they are right (reported if not)."""
    ck.tables.calls[node] = CallInfo("builtin", "range", list(node.args))
    if any(isinstance(a, ast.Starred) for a in node.args):
        ck.error(node, "star arguments (*args, **kwargs) in calls are not supported yet")
        return False
    if not _no_keywords(ck, node, "range") or not _arity(ck, node, "range", 1, 3):
        return False
    return ERROR not in [int_arg(ck, arg, "range", "a range() argument") for arg in node.args]


def rule_range(ck: Checker, node: ast.Call) -> PyType:
    """`range(...)` as a value (ranges.py); a loop's iterable never gets here (iteration.py)."""
    return RANGE if check_range(ck, node) else ERROR


# ---- math and sys --------------------------------------------------------------


def check_math_call(ck: Checker, node: ast.Call, name: str) -> PyType:
    fn = MATH_FUNCTIONS[name]
    label = f"math.{name}"
    ck.tables.calls[node] = CallInfo("math", name, list(node.args))
    if not _no_keywords(ck, node, label) or not _arity(ck, node, label, fn.least, fn.most):
        return ERROR
    if fn.needs_int:
        types = [int_arg(ck, arg, label, f"an argument of {label}()") for arg in node.args]
    else:
        types = [number_arg(ck, arg, label) for arg in node.args]
    return ERROR if ERROR in types else fn.result


def check_sys_exit(ck: Checker, node: ast.Call) -> PyType:
    """sys.exit(), sys.exit(status), sys.exit("message"); sys.exit(None) is sys.exit()."""
    args = [a for a in node.args if not is_none_literal(a)]
    ck.tables.calls[node] = CallInfo("sys", "exit", args)
    if not _no_keywords(ck, node, "sys.exit") or not _arity(ck, node, "sys.exit", 0, 1):
        return ERROR
    for arg in node.args:
        _exit_status(ck, arg)
    return NONE


def _exit_status(ck: Checker, arg: ast.expr) -> None:
    if is_str_literal(arg) or is_none_literal(arg):
        ck.record(arg, STR if is_str_literal(arg) else NONE)
        return
    t = ex.check_expr(ck, arg)
    if t not in (ERROR, INT, BOOL, STR):
        ck.error(arg, f"sys.exit() needs an int or a str, not {t}")
