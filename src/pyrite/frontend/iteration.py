"""What a `for` loop can iterate over, and the type of the items it gives.

    for i in range(a, b, c)          int
    for ch in s                      str
    for x in xs / for x in t         list[T] / tuple[T, ...] (or a tuple whose items share a type): T
    for i, x in enumerate(xs, 1)     tuple[int, T]
    for a, b in zip(xs, ys)          tuple[A, B] (zip of one or more; stops at the shortest)
    for x in reversed(xs)            T, for a str, list, tuple or range
    for k in d / d.keys() / d.values()   K / K / V (frontend/mappings.py)
    for k, v in d.items()            tuple[K, V], unpacked
    for x in s                       T, for a set[T]

enumerate, zip and reversed are accepted as the iterable of a loop (and
nested in one another there, `enumerate(zip(a, b))`), where no iterator
object is needed: irgen walks the underlying sequences by index. Each call
is recorded as a builtin CallInfo for irgen.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex
from pyrite.frontend.builtins import check_range, int_arg
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR
from pyrite.frontend.tuples import homogeneous
from pyrite.frontend.typed import INT, STR, CallInfo, PyType, tuple_of
from pyrite.frontend.values import misuse

ITERATORS = ("enumerate", "zip", "reversed")
ITERABLE_HINT = "loop over range(n), a str, a list, a tuple, a dict, a set, or enumerate/zip/reversed of those"


def builtin_call(node: ast.expr, names=("range", *ITERATORS)) -> str | None:
    """'range', 'enumerate', ... when `node` calls that builtin by its name."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
        return node.func.id
    return None


def loop_item(ck: Checker, node: ast.expr) -> PyType:
    """The type of the values `for x in node` gives x (ERROR after reporting)."""
    name = builtin_call(node)
    if name == "range":
        check_range(ck, node)
        return INT
    if name is not None:
        return _iterator(ck, node, name)
    t = ex.check_expr(ck, node)
    return _item_of(ck, node, t)


def _item_of(ck: Checker, node: ast.expr, t: PyType) -> PyType:
    if t == ERROR:
        return ERROR
    if t == STR:
        return STR
    if t.is_list:
        return t.elem
    if t.is_tuple and homogeneous(t) is not None:
        return homogeneous(t)
    if t.is_tuple:
        ck.error(node, f"cannot loop over a {t}: its items have different types", "unpack it: a, b = t")
        return ERROR
    if t.is_optional:
        ck.error(node, *misuse(node, t, "the iterable of a for loop"))
        return ERROR
    from pyrite.frontend.mappings import loop_item as mapping_item  # circular: mappings checks expressions

    if mapping_item(t) is not None:
        return mapping_item(t)  # a dict, a set, d.keys(), d.values(), d.items()
    ck.error(node, f"cannot iterate over a value of type '{t}'", ITERABLE_HINT)
    return ERROR


def _iterator(ck: Checker, node: ast.Call, name: str) -> PyType:
    ck.tables.calls[node] = CallInfo("builtin", name, list(node.args))
    if node.keywords and not (name == "enumerate" and [k.arg for k in node.keywords] == ["start"]):
        ck.error(node.keywords[0], f"{name}() takes no keyword arguments here")
        return ERROR
    args = [*node.args, *(k.value for k in node.keywords)]
    if name == "enumerate" and node.keywords:
        ck.tables.calls[node] = CallInfo("builtin", name, args)
    if any(isinstance(a, ast.Starred) for a in args):
        ck.error(node, "star arguments (*args, **kwargs) in calls are not supported yet")
        return ERROR
    if name == "zip" and not args:
        ck.error(node, "zip() needs at least one iterable here", "zip() of nothing never loops")
        return ERROR
    arity = {"enumerate": (1, 2), "zip": (1, len(args)), "reversed": (1, 1)}[name]
    if not arity[0] <= len(args) <= arity[1]:
        ck.error(node, f"{name}() takes {arity[0]} to {arity[1]} arguments here ({len(args)} given)"
                 if arity[0] != arity[1] else f"{name}() takes exactly one argument ({len(args)} given)")
        return ERROR
    if name == "reversed":
        return _reversed(ck, args[0])
    items = [loop_item(ck, args[0])]
    if name == "enumerate":
        start = int_arg(ck, args[1], "enumerate", "the start of enumerate()") if len(args) == 2 else INT
        items = [INT if start != ERROR else ERROR, *items]
    else:
        items += [loop_item(ck, a) for a in args[1:]]
    return ERROR if ERROR in items else tuple_of(*items)


def _reversed(ck: Checker, arg: ast.expr) -> PyType:
    inner = builtin_call(arg)
    if inner in ITERATORS:
        loop_item(ck, arg)
        ck.error(arg, f"'{inner}' object is not reversible", "build a list first, or reverse the sequence inside")
        return ERROR
    return loop_item(ck, arg)
