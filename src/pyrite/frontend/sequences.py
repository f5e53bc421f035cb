"""Typing rules of str and list[T] values: list literals, indexing, item
assignment, and the list methods Pyrite provides (append, pop).

A list holds values of exactly one type. The first element of a literal
decides it, unless the context expects a list type (an annotation, a
parameter, a return type, the element type of an enclosing list):

    xs: list[float] = [1.0, 2.5]    ok
    ys = [1, 2.5]                   error: list[int] cannot hold a float
                                    hint: did you mean list[float]? write 1.0 instead of 1

CPython would keep the int 1 in a "list[float]" and print `[1, 2.5]`, so
converting it silently would change the output.
"""

from __future__ import annotations

import ast
import difflib

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend import listops, mappings  # circular: mappings uses check_element
from pyrite.frontend import ranges, strings, tuples
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import (
    ELEMENT_HINT, ERROR, VERSION0, article, conversion_hint, is_value,
)
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, STR, CallInfo, PyType, list_of
from pyrite.frontend.unsupported import report_expression
from pyrite.frontend.values import call_text

LIST_METHODS = sorted(name for name in dir(list) if not name.startswith("_"))
STR_METHODS = sorted(name for name in dir(str) if not name.startswith("_"))
SUPPORTED_METHODS = {"list": {"append", "pop", *listops.METHODS}, "str": strings.SUPPORTED, "tuple": tuples.METHODS}
PYTHON_TYPES = {"int": int, "float": float, "bool": bool, "None": type(None), "tuple": tuple}
# Names other languages use, for the did-you-mean hint (difflib finds only close spellings).
SYNONYMS = {"push": "append", "add": "append", "push_back": "append", "length": "len()",
            "size": "len()", "len": "len()"}


def is_sequence(t: PyType) -> bool:
    return t == STR or t.is_list


# ---- [a, b, c] -------------------------------------------------------------------


def check_list(ck: Checker, node: ast.List, expected: PyType | None) -> PyType:
    """A list literal; `expected` is the list type the context wants, if it knows one."""
    want = expected.elem if expected is not None and expected.is_list else None
    if not node.elts:
        if expected == ERROR:
            return ERROR  # the annotation that should type it has its own error
        if want is None:
            ck.error(node, "cannot infer the element type of an empty list",
                     "give it a type with an annotation, e.g. items: list[int] = []")
            return ERROR
        return expected
    annotated, first, ok = want is not None, None, True
    for item in node.elts:
        if isinstance(item, ast.Starred):
            report_expression(ck, item)
            ok = False
            continue
        t = check_element(ck, item, ex.check_expr(ck, item, expected=want))
        if t == ERROR:
            ok = False
        elif want is None:
            want, first = t, item
        elif t != want:
            if ok:  # one error per literal, however many elements have the wrong type
                ck.error(item, f"{list_of(want)} cannot hold {article(t)}",
                         conversion_hint(item, t, want) if annotated else _widening_hint(first, want, t))
            ok = False
    return list_of(want) if ok and want is not None else ERROR


def _widening_hint(first: ast.expr, want: PyType, got: PyType) -> str | None:
    """[1, 2.5]: the first element made it a list[int]; say how to make it a list[float]."""
    if got == FLOAT and want in (INT, BOOL):
        fix = conversion_hint(first, want, FLOAT)
        return f"did you mean {list_of(FLOAT)}? " + (fix or "")
    return f"all the elements of a list must have one type; the first one made it a {list_of(want)}"


def check_element(ck: Checker, node: ast.expr, t: PyType) -> PyType:
    """`t` if a list can hold values of it; otherwise report and poison."""
    if t.is_optional:
        ck.error(node, f"a list cannot hold optional values ({t})",
                 "lists of T | None are not supported; check for None before storing")
        return ERROR
    if t == ERROR or is_value(t):
        return t
    if t == NONE and isinstance(node, ast.Call):
        ck.error(node, f"{call_text(node)} returns None; a list cannot hold its result")
    elif t == NONE:
        ck.error(node, "a list cannot hold None", f"optional values are not supported yet ({VERSION0})")
    else:
        ck.error(node, f"lists of {t} values are not supported yet", ELEMENT_HINT)
    return ERROR


# ---- s[i], xs[i] ------------------------------------------------------------------


def check_subscript(ck: Checker, node: ast.Subscript) -> PyType:
    """`seq[i]`: a str's i-th character or a list's i-th element."""
    seq = ex.check_expr(ck, node.value)
    if mappings.is_mapping(seq):
        return mappings.check_subscript(ck, node, seq)
    if seq == RANGE:
        return ranges.check_subscript(ck, node)
    if isinstance(node.slice, ast.Slice) and seq.is_list:
        return seq if listops.check_slice_parts(ck, node.slice) else ERROR
    if isinstance(node.slice, ast.Slice) and seq.is_tuple:
        return tuples.check_slice(ck, node, seq) if listops.check_slice_parts(ck, node.slice) else ERROR
    if isinstance(node.slice, ast.Slice) and seq == STR:
        return strings.check_slice(ck, node)
    if isinstance(node.slice, ast.Slice):
        for part in (node.slice.lower, node.slice.upper, node.slice.step):
            if part is not None:
                ex.check_expr(ck, part)
        if seq != ERROR:
            ck.error(node, f"slicing is not supported yet ({VERSION0})", "index one element at a time: s[i]")
        return ERROR
    index = ex.check_expr(ck, node.slice)
    if seq.is_tuple:
        return tuples.check_tuple_subscript(ck, node, seq, index)
    if not _indexable(ck, node, seq) or not _index_ok(ck, node.slice, seq, index):
        return ERROR
    return STR if seq == STR else seq.elem


def _indexable(ck: Checker, node: ast.Subscript, seq: PyType) -> bool:
    if seq == ERROR:
        return False
    if is_sequence(seq):
        return True
    ck.error(node.value, f"'{seq}' object is not subscriptable", "only str and list values can be indexed")
    return False


def _index_ok(ck: Checker, node: ast.expr, seq: PyType, index: PyType) -> bool:
    """CPython's TypeError for a non-int index, reported at compile time."""
    if index == ERROR:
        return False
    if index in (INT, BOOL):
        return True
    what = "string indices" if seq == STR else "list indices"
    hint = "convert with int(x)" if index == FLOAT else None
    ck.error(node, f"{what} must be integers, not '{index}'", hint)
    return False


# ---- xs[i] = v, xs[i] += v ----------------------------------------------------------


def check_item_target(ck: Checker, target: ast.Subscript) -> PyType:
    """The element type `xs[i] = ...` stores, after checking `xs` and `i`; ERROR if it cannot."""
    seq = ex.check_expr(ck, target.value)
    if mappings.is_mapping(seq):
        return ck.record(target, mappings.check_subscript(ck, target, seq))
    if isinstance(target.slice, ast.Slice):
        if seq != ERROR:
            ck.error(target, f"assignment to a slice is not supported yet ({VERSION0})")
        return ERROR
    index = ex.check_expr(ck, target.slice)
    if seq.is_tuple or seq == RANGE:
        ck.error(target, f"'{seq.name}' object does not support item assignment",
                 f"a {seq.name} cannot be changed; build a new one")
        return ERROR
    if not _indexable(ck, target, seq) or not _index_ok(ck, target.slice, seq, index):
        return ERROR
    if seq == STR:
        ck.error(target, "'str' object does not support item assignment",
                 "a str cannot be changed; build a new one, e.g. s = s[:i] + c + s[i + 1:]")
        return ERROR
    return ck.record(target, seq.elem)


def check_item_assign(ck: Checker, target: ast.Subscript, value: ast.expr) -> None:
    """`xs[i] = value`, the value typed knowing the element type (so `grid[i] = []` works)."""
    if isinstance(target.slice, ast.Slice):
        listops.check_slice_assign(ck, target, value)
        return
    elem = check_item_target(ck, target)
    t = ex.check_expr(ck, value, expected=elem if elem != ERROR else None)
    _check_stored(ck, elem, t, value, ck.tables.types.get(target.value))


def check_item_store(ck: Checker, target: ast.Subscript, t: PyType, value: ast.expr | None) -> None:
    """`xs[i]` as one target of several: `xs[i], xs[j] = xs[j], xs[i]`, `a = xs[0] = v`."""
    elem = check_item_target(ck, target)
    _check_stored(ck, elem, t, value or target, ck.tables.types.get(target.value))


def _check_stored(ck: Checker, elem: PyType, t: PyType, value: ast.expr, container: PyType | None = None) -> None:
    if ERROR in (elem, t):
        return
    t = check_element(ck, value, t)
    if t not in (ERROR, elem) and mappings.is_mapping(container or ERROR):
        ck.error(value, f"{container} values are {elem}, not {t}", conversion_hint(value, t, elem))
    elif t not in (ERROR, elem):
        ck.error(value, f"{list_of(elem)} cannot hold {article(t)}", conversion_hint(value, t, elem))


# ---- xs.append(v), xs.pop(), xs.pop(i) ------------------------------------------------


def check_method_call(ck: Checker, node: ast.Call, func: ast.Attribute) -> PyType:
    receiver = ex.check_expr(ck, func.value)
    if mappings.is_mapping(receiver):
        return mappings.check_method_call(ck, node, func, receiver)
    if receiver == RANGE:
        return ranges.check_method(ck, node, func)
    name = func.attr
    if receiver == ERROR or not _method_exists(ck, func, receiver):
        _check_arguments(ck, node)
        return ERROR
    if receiver == STR:
        return strings.check_method(ck, node, func)
    ck.tables.calls[node] = CallInfo("method", f"{receiver.name}.{name}", [func.value, *node.args])
    if node.keywords and name != "sort":
        ck.error(node.keywords[0], f"{receiver.name}.{name}() takes no keyword arguments")
        _check_arguments(ck, node)
        return ERROR
    if receiver.is_tuple:
        return tuples.check_method(ck, node, name, receiver)
    if name == "append":
        return _append(ck, node, receiver)
    if name in listops.METHODS:
        return listops.check_method(ck, node, name, receiver)
    return _pop(ck, node, receiver)


def _check_arguments(ck: Checker, node: ast.Call) -> None:
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg.value if isinstance(arg, ast.Starred) else arg)


def _method_exists(ck: Checker, func: ast.Attribute, receiver: PyType) -> bool:
    """Whether Pyrite provides the method; if not, say why (unsupported, or no such method)."""
    name, kind = func.attr, receiver.name
    if name in SUPPORTED_METHODS.get(kind, ()):
        return True
    existing = {"list": LIST_METHODS, "str": STR_METHODS}.get(kind)
    if existing is None:
        python_type = PYTHON_TYPES.get(kind)
        if python_type is not None and hasattr(python_type, name):
            ck.error(func, f"{kind} method '{name}' is not supported yet ({VERSION0})")
        else:
            ck.error(func, f"'{receiver}' object has no attribute '{name}'")
    elif name in existing:
        ck.error(func, f"{kind} method '{name}' is not supported yet",
                 "supported list methods: " + ", ".join(sorted(SUPPORTED_METHODS["list"])) if kind == "list" else None)
    else:
        ck.error(func, f"{kind} has no method '{name}'", _method_hint(name, kind, existing))
    return False


def _method_hint(name: str, kind: str, existing: list[str]) -> str | None:
    if name in SYNONYMS:
        fix = SYNONYMS[name]
        return f"did you mean {fix[:-2]}(...)?" if fix.endswith("()") else f"did you mean '{fix}'?"
    other, methods = {"list": ("str", STR_METHODS), "str": ("list", LIST_METHODS)}[kind]
    if name in methods:
        return f"'{name}' is a {other} method"
    close = difflib.get_close_matches(name, existing, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _append(ck: Checker, node: ast.Call, receiver: PyType) -> PyType:
    if len(node.args) != 1:
        ck.error(node, f"list.append() takes exactly one argument ({len(node.args)} given)")
        _check_arguments(ck, node)
        return ERROR
    arg = node.args[0]
    t = check_element(ck, arg, ex.check_expr(ck, arg, expected=receiver.elem))
    if t not in (ERROR, receiver.elem):
        ck.error(arg, f"{receiver} cannot hold {article(t)}", conversion_hint(arg, t, receiver.elem))
        return ERROR
    return NONE if t != ERROR else ERROR


def _pop(ck: Checker, node: ast.Call, receiver: PyType) -> PyType:
    if len(node.args) > 1:
        ck.error(node, f"pop expected at most 1 argument, got {len(node.args)}")
        _check_arguments(ck, node)
        return ERROR
    for arg in node.args:
        t = ex.check_expr(ck, arg)
        if t not in (ERROR, INT, BOOL):
            ck.error(arg, f"'{t}' object cannot be interpreted as an integer",
                     "convert with int(x)" if t == FLOAT else None)
            return ERROR
    return receiver.elem
