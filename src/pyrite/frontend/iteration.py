"""What can be iterated, and the type of the items it gives: one rule for every
place that iterates (a for loop, a comprehension's `for`, and the builtins that
consume an iterable at once: list tuple sorted set dict sum min max any all).

    range(a, b, c) / a range r       int
    s                                str
    xs / t                           list[T] / tuple[T, ...] (or a tuple whose items share a type): T
    enumerate(it, 1)                 tuple[int, T]
    zip(a, b, ...)                   tuple[A, B, ...] (stops at the shortest)
    reversed(it)                     T, for a str, list, tuple, range, dict or dict view
    d / d.keys() / d.values()        K / K / V (frontend/mappings.py)
    d.items()                        tuple[K, V]
    s                                T, for a set[T]

enumerate, zip and reversed are accepted only in those places, nested in one
another too (`enumerate(zip(a, b))`): there no iterator object is needed, irgen
walks the underlying sequences by index. Anywhere else (`z = zip(a, b)`) CPython
would make an iterator that a second loop finds empty; Pyrite has no iterator
objects, so it rejects the call and suggests a list. Each call is recorded as a
builtin CallInfo for irgen. `range(...)` in those places keeps its bounds as
three ints; anywhere else it is a range object (ranges.py).
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex
from pyrite.frontend.builtins import check_range, int_arg
from pyrite.frontend.context import Checker
from pyrite.frontend.names import variable_kind
from pyrite.frontend.pytypes import ERROR, source_text
from pyrite.frontend.tuples import homogeneous
from pyrite.frontend.typed import INT, RANGE, STR, CallInfo, PyType, tuple_of
from pyrite.frontend.values import misuse

ITERATORS = ("enumerate", "zip", "reversed")
ITERABLE_HINT = "loop over range(n), a str, a list, a tuple, a dict, a set, or enumerate/zip/reversed of those"
CONSUMERS = "a for loop, a comprehension, list(), tuple(), sorted(), set(), dict(), sum(), min(), max(), any() or all()"


def builtin_call(ck: Checker, node: ast.expr, names=("range", *ITERATORS)) -> str | None:
    """'range', 'enumerate', ... when `node` calls that builtin (a name the program does not define)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
        return None
    name = node.func.id
    return None if name in ck.module.functions or variable_kind(ck, name) is not None else name


def loop_item(ck: Checker, node: ast.expr) -> PyType:
    """The type of the values `for x in node` gives x (ERROR after reporting)."""
    name = builtin_call(ck, node)
    if name == "range":
        return INT if check_range(ck, node) else ERROR
    if name is not None:
        return _iterator(ck, node, name)
    t = ex.check_expr(ck, node)
    return item_of(ck, node, t)


def consumed_item(ck: Checker, node: ast.expr, expected: PyType | None) -> PyType:
    """As loop_item; a value is checked expecting the type `expected` (it types `set([])`)."""
    if builtin_call(ck, node) is not None:
        return loop_item(ck, node)
    return item_of(ck, node, ex.check_expr(ck, node, expected=expected))


def item_of(ck: Checker, node: ast.expr, t: PyType) -> PyType:
    if t == ERROR:
        return ERROR
    if t == STR:
        return STR
    if t == RANGE:
        return INT
    if t.is_list:
        return t.elem
    if t.is_tuple and homogeneous(t) is not None:
        return homogeneous(t)
    if t.is_tuple:
        ck.error(node, f"cannot loop over a {t}: its items have different types", "unpack it: a, b = t")
        return ERROR
    if t.is_optional:
        ck.error(node, *misuse(node, t, "an iterable"))
        return ERROR
    from pyrite.frontend.mappings import loop_item as mapping_item  # circular: mappings checks expressions

    if mapping_item(t) is not None:
        return mapping_item(t)  # a dict, a set, d.keys(), d.values(), d.items()
    ck.error(node, f"'{t}' object is not iterable", ITERABLE_HINT)
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
    inner = builtin_call(ck, arg)
    if inner in ITERATORS:
        loop_item(ck, arg)
        ck.error(arg, f"'{inner}' object is not reversible", "build a list first, or reverse the sequence inside")
        return ERROR
    item = loop_item(ck, arg)
    t = ck.tables.types.get(arg)
    if item == ERROR or t is None or not t.is_set:
        return item  # a dict and its views are reversible (CPython 3.8+)
    ck.error(arg, "'set' object is not reversible", "sort it first: reversed(sorted(s))")
    return ERROR


def reject_value(ck: Checker, node: ast.Call) -> PyType:
    """enumerate/zip/reversed(...) outside the places that consume it at once (`z = zip(a, b)`)."""
    name = node.func.id
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg.value if isinstance(arg, ast.Starred) else arg)
    text = source_text(node, 40)
    keep = f"list({text})" if text != "..." else f"list({name}(...))"
    ck.error(node, f"{'an' if name == 'enumerate' else 'a'} {name} object can only be used at once here: as the iterable of {CONSUMERS}",
             f"CPython's {name}() gives an iterator that can be used only once; keep a list instead: {keep}")
    return ERROR
