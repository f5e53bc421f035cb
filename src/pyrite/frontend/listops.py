"""Typing rules of list[T] beyond literals, indexing, append and pop: the other
list methods, slices, `del`, `in`, comparisons, and the builtins that take an
iterable (list, sorted, sum, min, max, any, all).

An iterable argument is anything a for loop takes (iteration.py):

    sorted(xs, reverse=True)    list[T] -> list[T]
    list("abc")                 list[str]
    sum(range(10))              int
    list(zip(xs, ys))           list[tuple[X, Y]]

A value searched for or stored must have the element type exactly
(`xs.count(2.0)` on a list[int] is an error, with a conversion hint), as for
`append`: CPython would accept it, but Pyrite's lists hold one type.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.genexp_args import is_short_circuit_call
from pyrite.frontend.operators import order_problem
from pyrite.frontend.pytypes import ERROR, article, compatible, conversion_hint, is_none_literal
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, STR, CallInfo, PyType, list_of, var_tuple_of


def check_iterable(ck: Checker, node: ast.expr) -> PyType:
    """The type of the items of anything a for loop takes (iteration.py); ERROR (reported) otherwise."""
    from pyrite.frontend.iteration import loop_item  # circular: iteration checks expressions

    return loop_item(ck, node)


def check_value_of(ck: Checker, node: ast.expr, want: PyType, what: str) -> bool:
    """Whether `node` has the element type `want` (checked and reported here)."""
    t = ex.check_expr(ck, node, expected=want)
    if t == ERROR:
        return False
    if t != want:
        ck.error(node, f"{what} must be {article(want)}, not {article(t)}", conversion_hint(node, t, want))
        return False
    return True


def _int_argument(ck: Checker, node: ast.expr) -> bool:
    t = ex.check_expr(ck, node)
    if t in (INT, BOOL):
        return True
    if t != ERROR:
        ck.error(node, f"'{t}' object cannot be interpreted as an integer",
                 "convert with int(x)" if t == FLOAT else None)
    return False


# ---- methods: insert remove index count extend clear reverse sort copy ----------------

# name -> (least, most) positional arguments
ARITY = {"insert": (2, 2), "remove": (1, 1), "index": (1, 3), "count": (1, 1), "extend": (1, 1),
         "clear": (0, 0), "reverse": (0, 0), "sort": (0, 0), "copy": (0, 0)}
METHODS = frozenset(ARITY)


def check_method(ck: Checker, node: ast.Call, name: str, receiver: PyType, kind: str = "list") -> PyType:
    """xs.NAME(...) for a method in METHODS; the receiver is already checked. A tuple's
    count and index are checked here too, `kind` "tuple" and `receiver` a list of its item type."""
    if name == "sort":
        return _sort(ck, node, receiver)
    if node.keywords:
        ck.error(node.keywords[0], f"{kind}.{name}() takes no keyword arguments")
        _check_all(ck, node)
        return ERROR
    least, most = ARITY[name]
    count = len(node.args)
    if not least <= count <= most:
        ck.error(node, _arity_message(f"{kind}.{name}", least, most, count))
        _check_all(ck, node)
        return ERROR
    ok = all([_method_argument(ck, name, i, arg, receiver, kind) for i, arg in enumerate(node.args)])
    if not ok:
        return ERROR
    return {"index": INT, "count": INT, "copy": receiver}.get(name, NONE)


def _arity_message(method: str, least: int, most: int, count: int) -> str:
    if least == most == 0:
        return f"{method}() takes no arguments ({count} given)"
    if least == most:
        return f"{method}() takes exactly {least} argument{'s' if least > 1 else ''} ({count} given)"
    return f"{method}() takes from {least} to {most} arguments ({count} given)"


def _method_argument(ck: Checker, name: str, i: int, arg: ast.expr, receiver: PyType, kind: str) -> bool:
    if name == "insert" and i == 0 or name == "index" and i > 0:
        return _int_argument(ck, arg)
    if name == "extend":
        t = ex.check_expr(ck, arg, expected=receiver)
        if t in (ERROR, receiver):
            return t != ERROR
        ck.error(arg, f"list.extend() of a {receiver} needs a {receiver}, not {article(t)}",
                 "list(...) turns a str or a range into a list" if t == STR else None)
        return False
    return check_value_of(ck, arg, receiver.elem, f"the argument of {kind}.{name}()")


def _sort(ck: Checker, node: ast.Call, receiver: PyType) -> PyType:
    if node.args:
        ck.error(node, f"list.sort() takes no positional arguments ({len(node.args)} given)",
                 "pass reverse=True by keyword")
        _check_all(ck, node)
        return ERROR
    if not check_reverse(ck, node, "list.sort"):
        return ERROR
    problem = order_problem(receiver.elem)
    if problem is not None:
        ck.error(node, *problem)
        return ERROR
    return NONE


def check_reverse(ck: Checker, node: ast.Call, fname: str) -> bool:
    """The keywords of sort()/sorted(): only reverse=, a bool (key= needs lambdas)."""
    ok = True
    for keyword in node.keywords:
        if keyword.arg == "reverse":
            t = ex.check_expr(ck, keyword.value)
            if t not in (ERROR, BOOL, INT):
                ck.error(keyword.value, f"{fname}() reverse= must be a bool, not {article(t)}")
                ok = False
            ok = ok and t != ERROR
        elif keyword.arg == "key":
            ck.error(keyword, f"{fname}(key=...) is not supported yet", "sort by a computed key with a "
                     "list of (key, item) pairs once tuples are supported, or sort a list of keys")
            ok = False
        else:
            ck.error(keyword, f"'{keyword.arg}' is an invalid keyword argument for {fname}()")
            ok = False
    return ok


def _check_all(ck: Checker, node: ast.Call) -> None:
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg.value if isinstance(arg, ast.Starred) else arg)


# ---- xs[a:b:c], xs[a:b] = ys, del xs[i] -----------------------------------------------


def check_slice_parts(ck: Checker, part: ast.Slice) -> bool:
    """The bounds of a slice: ints, or left out (None is left out too)."""
    ok = True
    for bound in (part.lower, part.upper, part.step):
        if bound is None:
            continue
        if is_none_literal(bound):
            ck.record(bound, NONE)
            continue
        t = ex.check_expr(ck, bound)
        if t not in (ERROR, INT, BOOL):
            ck.error(bound, "slice indices must be integers or None", "convert with int(x)" if t == FLOAT else None)
            ok = False
        ok = ok and t != ERROR
    return ok


def check_slice_assign(ck: Checker, target: ast.Subscript, value: ast.expr) -> None:
    """xs[a:b] = ys, xs[::2] = ys: ys is a list of the same type (a str or range: list(...) it)."""
    seq = ex.check_expr(ck, target.value)
    ok = check_slice_parts(ck, target.slice)
    t = ex.check_expr(ck, value, expected=seq if seq.is_list else None)
    if seq == ERROR or t == ERROR or not ok:
        return
    if not seq.is_list:
        ck.error(target, f"'{seq}' object does not support item assignment" if seq in (STR, RANGE)
                 else f"'{seq}' object is not subscriptable")
        return
    if t != seq:
        ck.error(value, f"a slice of a {seq} can only be assigned a {seq}, not {article(t)}",
                 "list(...) turns a str or a range into a list" if t == STR else None)
        return
    ck.record(target, seq)


def check_delete_item(ck: Checker, target: ast.Subscript, seq: PyType) -> None:
    """del xs[i], del xs[a:b:c] (`seq` is xs's type, already checked)."""
    ok = check_slice_parts(ck, target.slice) if isinstance(target.slice, ast.Slice) else _int_argument(
        ck, target.slice)
    if seq == ERROR or not ok:
        return
    if not seq.is_list:
        ck.error(target, f"'{seq}' object doesn't support item deletion")
        return
    ck.record(target, seq)


# ---- x in xs, xs < ys -------------------------------------------------------------------


def check_contains(ck: Checker, node: ast.Compare, item: tuple[ast.expr, PyType], seq: PyType) -> bool:
    """`x in xs`: x must have xs's element type."""
    lnode, lt = item
    if lt == ERROR:
        return False
    if lt != seq.elem and not (seq.elem.is_var_tuple and compatible(lt, seq.elem)):
        ck.error(node, f"'in' on a {seq} needs {article(seq.elem)}, not {article(lt)}",
                 conversion_hint(lnode, lt, seq.elem))
        return False
    return True


def compare_lists(left: PyType, right: PyType) -> tuple[str, str | None] | None:
    """Why two lists cannot be compared, or None: the element types must be the same."""
    if left == right:
        return None
    return (f"cannot compare '{left}' and '{right}'", "both lists must have the same element type")


# ---- list sorted sum min max any all ------------------------------------------------------

ITERABLE_BUILTINS = frozenset({"list", "tuple", "sorted", "sum", "any", "all"})


def check_iterable_builtin(ck: Checker, node: ast.Call, name: str) -> PyType:
    """list(it), tuple(it), sorted(it, reverse=b), sum(it[, start]), any(it), all(it), min(it), max(it)."""
    ck.tables.calls[node] = CallInfo("builtin", name, list(node.args))
    if is_short_circuit_call(node):
        return _check_short_circuit(ck, node.args[0])
    if name == "sorted":
        reverse_ok = check_reverse(ck, node, "sorted")
    elif node.keywords:
        ck.error(node.keywords[0], f"keyword arguments to {name}() are not supported; pass them by position")
        _check_all(ck, node)
        return ERROR
    most = 2 if name == "sum" else 1
    if not node.args and name in ("list", "tuple"):
        example = "items: list[int] = []" if name == "list" else "items: tuple[int, ...] = ()"
        ck.error(node, f"{name}() with no argument has no element type", f"write an annotated empty {name}, e.g. {example}")
        return ERROR
    if not 1 <= len(node.args) <= most:
        expects = "1 or 2 arguments" if most == 2 else "exactly one argument"
        ck.error(node, f"{name}() takes {expects} ({len(node.args)} given)")
        _check_all(ck, node)
        return ERROR
    item = check_iterable(ck, node.args[0])
    if item == ERROR or (name == "sorted" and not reverse_ok):
        if len(node.args) > 1:
            ex.check_expr(ck, node.args[1])
        return ERROR
    problem = order_problem(item) if name in ("sorted", "min", "max") else None
    if problem is not None:
        ck.error(node.args[0], *problem)
        return ERROR
    match name:
        case "list" | "sorted":
            return list_of(item)
        case "tuple":
            return var_tuple_of(item)
        case "any" | "all":
            return BOOL
        case "min" | "max":
            return item
    return _sum(ck, node, item)


def _check_short_circuit(ck: Checker, gen: ast.GeneratorExp) -> PyType:
    """any(e for ...) / all(e for ...): e is tested for truth item by item (genexp_args.py)."""
    from pyrite.frontend.comprehensions import check_clauses  # circular: comprehensions use listops

    return ERROR if check_clauses(ck, gen.generators, lambda: ex.check_cond(ck, gen.elt)) == ERROR else BOOL


def _sum(ck: Checker, node: ast.Call, item: PyType) -> PyType:
    """sum(it) of ints or bools is an int, of floats a float; a start (default 0) joins in."""
    if item == STR:
        ck.error(node, "sum() can't sum strings [use ''.join(seq) instead]")
        return ERROR
    if item not in (INT, FLOAT, BOOL):
        ck.error(node, f"unsupported operand type(s) for +: 'int' and '{item.name}'",
                 "sum() adds numbers; for lists of lists, concatenate them in a loop")
        return ERROR
    result = FLOAT if item == FLOAT else INT
    if len(node.args) == 2:
        start = node.args[1]
        t = ex.check_expr(ck, start)
        if t == ERROR:
            return ERROR
        if t not in (INT, FLOAT, BOOL):
            ck.error(start, f"sum() start must be a number, not {article(t)}")
            return ERROR
        if t == FLOAT and item != FLOAT:
            ck.error(start, "sum() of ints with a float start is not supported",
                     "convert the elements, e.g. sum([float(x) for x in xs], 0.5)")
            return ERROR
    return result



def is_empty_list(node: ast.expr) -> bool:
    return isinstance(node, ast.List) and not node.elts


def type_empty_lists(ck: Checker, operands: list[ast.expr], types: list[PyType | None]) -> list[PyType]:
    """In a comparison, an empty `[]` (its type None so far) takes the list type of a
    neighbour (`xs == []`); alone, it is checked as usual (and cannot be typed)."""
    result = list(types)
    for i, node in enumerate(operands):
        if result[i] is not None:
            continue
        near = [t for j in (i - 1, i + 1) if 0 <= j < len(types) and (t := types[j]) is not None and t.is_list]
        result[i] = ex.check_expr(ck, node, expected=near[0] if near else None)
    return result
