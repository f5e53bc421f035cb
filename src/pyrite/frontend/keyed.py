"""`key=`: sorted(xs, key=f, reverse=r), xs.sort(key=f, reverse=r), min(xs, key=f), max(xs, key=f).

The key function's parameter is the list's element type, so a lambda passed
as `key=` is typed from it (`sorted(words, key=lambda w: len(w))`); any other
function value must be a Callable[[T], K]. Keys are compared with `<`, so K
is int, float, bool or str. Calls without `key=` are not handled here.

    CallInfo('keyed', 'sorted' | 'list.sort' | 'min' | 'max', [xs, key, reverse])

where `reverse` is the written expression or None.
"""

from __future__ import annotations

import ast

from pyrite.frontend import closures
from pyrite.frontend import expressions as ex  # circular: calls dispatches here
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, SCALARS, article
from pyrite.frontend.typed import BOOL, INT, NONE, STR, CallInfo, PyType, callable_of, list_of

KEY_TYPES = SCALARS | {STR}
FUNCTIONS = ("sorted", "min", "max")


def is_keyed_call(ck: Checker, node: ast.Call) -> bool:
    """sorted/min/max/`.sort` with a `key=` keyword (and the name not rebound)."""
    from pyrite.frontend.names import variable_kind

    if not any(k.arg == "key" for k in node.keywords):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return (func.id in FUNCTIONS and variable_kind(ck, func.id) is None
                and func.id not in ck.module.functions)
    return isinstance(func, ast.Attribute) and func.attr == "sort"


def check_keyed_call(ck: Checker, node: ast.Call) -> PyType:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else "list.sort"
    positional = [func.value] if name == "list.sort" else []
    positional += node.args
    seq = _sequence(ck, name, positional[0]) if positional else ERROR
    keywords = {k.arg: k.value for k in node.keywords}
    allowed = {"key", "reverse"} if name in ("sorted", "list.sort") else {"key"}
    ok = _shape(ck, node, name, positional, keywords, allowed)
    key_type = _check_key(ck, keywords["key"], seq.elem if seq != ERROR else None)
    reverse = keywords.get("reverse")
    if reverse is not None:
        rt = ex.check_expr(ck, reverse)
        if rt not in (ERROR, BOOL, INT):
            ck.error(reverse, f"reverse= must be a bool, not {rt}")
            ok = False
    if not ok or ERROR in (seq, key_type):
        return ERROR
    ck.tables.calls[node] = CallInfo("keyed", name, [positional[0], keywords["key"], reverse])
    if name == "list.sort":
        return NONE
    return seq if name == "sorted" else seq.elem


def _sequence(ck: Checker, name: str, node: ast.expr) -> PyType:
    """The list sorted/min/max take (any other iterable as the list of its items, as
    irgen/listops.materialize makes it); `.sort` needs a list itself."""
    if name != "list.sort":
        from pyrite.frontend.listops import check_iterable  # circular: listops checks expressions

        item = check_iterable(ck, node)
        return ERROR if item == ERROR else list_of(item)
    t = ex.check_expr(ck, node)
    if t != ERROR and not t.is_list:
        ck.error(node, f"{_label(name)} with key= needs a list, not {article(t)}")
        return ERROR
    return t


def _orderable(t: PyType) -> bool:
    """A key type `<` orders: a number, a str, or a tuple of those (item by item)."""
    if t.is_tuple:
        return all(_orderable(item) for item in (t.items[:1] if t.is_var_tuple else t.items))
    return t in KEY_TYPES


def _label(name: str) -> str:
    return "xs.sort()" if name == "list.sort" else f"{name}()"


def _shape(ck: Checker, node: ast.Call, name: str, positional: list[ast.expr],
           keywords: dict[str, ast.expr], allowed: set[str]) -> bool:
    ok = True
    want = 1
    if len(positional) != want:
        ck.error(node, f"{_label(name)} with key= takes exactly one list"
                 + (" and no positional arguments" if name == "list.sort" else ""))
        ok = False
    for k in node.keywords:
        if k.arg not in allowed:
            ck.error(k, f"{_label(name)} got an unexpected keyword argument '{k.arg}'")
            ok = False
    for arg in positional[want:]:
        ex.check_expr(ck, arg)
    return ok


def _check_key(ck: Checker, key: ast.expr, elem: PyType | None) -> PyType:
    """The key's result type K (ERROR after reporting)."""
    if elem is None:
        ex.check_expr(ck, key) if not isinstance(key, ast.Lambda) else None
        return ERROR
    if isinstance(key, ast.Lambda):
        if len(key.args.args) != 1:
            ck.error(key, f"a key function takes 1 parameter (an element, {elem}), not {len(key.args.args)}")
            return ERROR
        t = ck.record(key, closures.check_lambda_with(ck, key, [elem], None))
    else:
        t = ex.check_expr(ck, key, expected=callable_of([elem], INT))
    if t == ERROR:
        return ERROR
    if not t.is_callable or t.params != (elem,):
        ck.error(key, f"key= must be a function taking {article(elem)}, not {t}",
                 f"e.g. key=lambda x: ... (x is {article(elem)})")
        return ERROR
    if not _orderable(t.ret):
        ck.error(key, f"the key function returns {t.ret}; keys must be int, float, bool, str or tuples of those",
                 "return a number, a str or a tuple of them to compare by")
        return ERROR
    return t.ret
