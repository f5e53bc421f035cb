"""Assignments: `x = v`, `a = b = v`, `a, b = b, a`, `q, r = divmod(a, b)`,
`x += v`, `x: float = v`, `xs[i] = v`, `xs[i] += v`.

A variable's type is the type of its first assignment in the source; every
later assignment must give exactly that type. CPython would keep an int in a
"float" variable, so converting silently would change printed output.
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex
from pyrite.frontend import optionals, sequences, tuples
from pyrite.frontend.context import Checker
from pyrite.frontend.library import reserved_reason
from pyrite.frontend.names import binding, infers_here, known_type, variable_kind, variable_type
from pyrite.frontend.operators import binop_message, binop_type, symbol
from pyrite.frontend.pytypes import (
    ERROR, VERSION0, annotation_type, compatible, conversion_hint, is_none_literal, is_value,
)
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, PyType, list_of, tuple_of, var_tuple_of
from pyrite.frontend.unsupported import report_expression
from pyrite.frontend.values import expect_value, misuse


def check_assign(ck: Checker, node: ast.Assign) -> None:
    value = node.value
    if len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript):
        sequences.check_item_assign(ck, node.targets[0], value)
        return
    unpacking = isinstance(value, ast.Tuple) and any(isinstance(t, (ast.Tuple, ast.List)) for t in node.targets)
    if unpacking:
        vt = check_tuple_value(ck, value)
    else:
        vt = ex.check_expr(ck, value, expected=_declared_type(ck, node.targets))
    for target in node.targets:
        assign_target(ck, target, vt, value)


def _declared_type(ck: Checker, targets: list[ast.expr]) -> PyType | None:
    """The type an earlier assignment gave the variable `targets` name, if any: it types `xs = []`."""
    first = targets[0]
    if not isinstance(first, ast.Name) or reserved_reason(first.id, ck.module.math_imports):
        return None
    t = known_type(ck, first.id, store_kind(ck, first.id))
    return t.elem if t is not None and t.is_optional else t


def check_tuple_value(ck: Checker, value: ast.Tuple) -> PyType:
    """`b, a` on the right of `a, b = b, a`: a tuple of values."""
    items = []
    for item in value.elts:
        if isinstance(item, ast.Starred):
            report_expression(ck, item)
            items.append(ERROR)
        else:
            items.append(expect_value(ck, item, ex.check_expr(ck, item)))
    if ERROR in items:
        return ERROR
    return ck.record(value, tuple_of(*items))


def assign_target(ck: Checker, target: ast.expr, vt: PyType, value: ast.expr | None) -> None:
    match target:
        case ast.Name():
            assign_name(ck, target, vt, value)
        case ast.Tuple():
            unpack(ck, target, vt, value)
        case ast.List():
            ck.error(target, "list targets are not supported", "write a, b = ...")
        case ast.Subscript():
            sequences.check_item_store(ck, target, vt, value)
        case ast.Attribute():
            ck.error(target, f"assignment to an attribute is not supported yet ({VERSION0})")
        case _:
            report_expression(ck, target)


def unpack(ck: Checker, target: ast.Tuple, vt: PyType, value: ast.expr | None) -> None:
    """`a, (b, c) = v`: v a fixed tuple of as many items, or a tuple[T, ...] or list[T]
    (whose length is checked when the program runs, as CPython does). One name may be
    starred, `first, *rest = v`: it gets a list of the items the others leave."""
    names = target.elts
    if not _star_ok(ck, names):
        return _poison(ck, names)
    for name in names:
        if isinstance(name, ast.Starred):
            continue
        if not isinstance(name, (ast.Name, ast.Subscript, ast.Tuple)):
            ck.error(name, "only names, items and tuples of those can be unpacked into",
                     "a, b = ... or xs[i], xs[j] = ... or i, (a, b) = ...")
            return
    items = unpacked_types(ck, target, vt, value)
    if items is None:
        return _poison(ck, names)
    same_shape = isinstance(value, ast.Tuple) and len(value.elts) == len(names) and star_position(target) is None
    parts = value.elts if same_shape else [None] * len(names)
    for name, t, item in zip(names, items, parts):
        assign_target(ck, name.value if isinstance(name, ast.Starred) else name, t, item)
    ck.record(target, vt)


def _poison(ck: Checker, names: list[ast.expr]) -> None:
    """The names of a failed unpacking get no type, so that their uses report nothing more."""
    for name in names:
        if isinstance(name, ast.Starred) and isinstance(name.value, ast.Name):
            name = name.value
        if not isinstance(name, ast.Starred):
            assign_target(ck, name, ERROR, None)


def _star_ok(ck: Checker, names: list[ast.expr]) -> bool:
    """At most one starred target, and a name (CPython allows one, of any target)."""
    stars = [name for name in names if isinstance(name, ast.Starred)]
    if len(stars) > 1:
        ck.error(stars[1], "multiple starred expressions in assignment")
    elif stars and not isinstance(stars[0].value, ast.Name):
        ck.error(stars[0], "only a name can be starred in an assignment", "first, *rest = ...")
    else:
        return True
    return False


def star_position(target: ast.Tuple) -> int | None:
    return next((i for i, name in enumerate(target.elts) if isinstance(name, ast.Starred)), None)


def unpacked_types(ck: Checker, target: ast.Tuple, vt: PyType, value: ast.expr | None) -> list[PyType] | None:
    """The type of each name `target` unpacks `vt` into; None after reporting why it cannot."""
    n = len(target.elts)
    if vt == ERROR:
        return None
    star = star_position(target)
    if (vt.is_var_tuple or vt.is_list) and star is not None:
        return [list_of(vt.elem) if i == star else vt.elem for i in range(n)]
    if vt.is_var_tuple or vt.is_list:
        return [vt.elem] * n
    if not vt.is_tuple:
        ck.error(value or target, f"cannot unpack a value of type {vt}",
                 "only a tuple, a tuple[T, ...] or a list can be unpacked")
        return None
    if star is not None:
        return _starred_types(ck, target, vt, star)
    if len(vt.items) != n:
        got = len(vt.items)
        message = (f"too many values to unpack (expected {n})" if got > n
                   else f"not enough values to unpack (expected {n}, got {got})")
        ck.error(target, message, f"the value is a {vt}")
        return None
    return list(vt.items)


def _starred_types(ck: Checker, target: ast.Tuple, vt: PyType, star: int) -> list[PyType] | None:
    """`a, *rest, z = t` for a fixed tuple t: rest is a list of the middle items, which must have one type."""
    n, got = len(target.elts), len(vt.items)
    after = n - star - 1
    if got < n - 1:
        ck.error(target, f"not enough values to unpack (expected at least {n - 1}, got {got})", f"the value is a {vt}")
        return None
    source = vt.items[star:got - after] or vt.items  # no items left: typed as the others, if they agree
    item = tuples.homogeneous(tuple_of(*source)) if source else None
    if item is None:
        name = target.elts[star].value.id
        if source:
            ck.error(target.elts[star], f"'*{name}' would be a list of items of different types "
                     f"({', '.join(map(str, source))})", "unpack those items into names of their own")
        else:
            ck.error(target.elts[star], f"'*{name}' would be an empty list of no known type")
        return None
    return [*vt.items[:star], list_of(item), *vt.items[got - after:]]


def store_kind(ck: Checker, name: str) -> str:
    kind = variable_kind(ck, name)
    return kind if kind is not None else ("local" if ck.scope.function else "global")


def assign_name(ck: Checker, node: ast.Name, t: PyType, value: ast.expr | None) -> None:
    """Store a value of type `t` (ERROR: already reported) into the variable `node`."""
    name = node.id
    reason = reserved_reason(name, ck.module.math_imports)
    if reason:
        ck.error(node, f"cannot assign to '{name}': {reason}", f"choose another name, e.g. '{name}_'")
        return
    kind = store_kind(ck, name)
    ck.tables.names[node] = binding(name, kind)
    if infers_here(ck, kind):
        ck.scope.first_assigned.setdefault(name, (node.lineno, node.col_offset))
    declared = known_type(ck, name, kind)
    optionals.assigned(ck, name, t)
    if t != ERROR and not is_value(t) and not (declared is not None and compatible(t, declared)):
        ck.error(value or node, *store_misuse(name, t, value))
        t = ERROR
    if declared is None:
        _first_assignment(ck, node, kind, t)
    elif t != ERROR and not compatible(t, declared):
        ck.error(value or node, f"cannot assign {t} to '{name}', which is {declared}",
                 assignment_hint(name, declared, t, value))
    if declared is not None:
        ck.record(node, declared)


def _first_assignment(ck: Checker, node: ast.Name, kind: str, t: PyType) -> None:
    name = node.id
    if not infers_here(ck, kind) or name in ck.scope.poisoned:
        return  # a global whose module-level assignment failed, or a failed first one
    if t == ERROR:
        ck.scope.poisoned.add(name)  # later assignments must not pick a different type
        return
    ck.scope.types[name] = t
    ck.record(node, t)


def store_misuse(name: str, t: PyType, value: ast.expr | None) -> tuple[str, str | None]:
    if t == NONE and isinstance(value, ast.Call):
        return misuse(value, t, "a value")
    if t == NONE:
        return (f"cannot assign None to '{name}': variables of type None are not supported",
                f"annotate it with the type it may hold besides None, e.g. {name}: int | None = None")
    if t.name != "tuple":
        return misuse(value, t, "a value")  # d.keys() and the other dict views
    return (f"cannot store a tuple in '{name}'", "unpack it: q, r = divmod(a, b)")


def assignment_hint(name: str, declared: PyType, t: PyType, value: ast.expr | None) -> str:
    if declared == INT and t == FLOAT:
        return f"variable '{name}' is int here; initialize it with 0.0 to make it a float"
    return conversion_hint(value, t, declared) or f"variable '{name}' is {declared} here"


# ---- x op= v -------------------------------------------------------------------


def check_augassign(ck: Checker, node: ast.AugAssign) -> None:
    target = node.target
    if isinstance(target, ast.Subscript):
        _check_item_augassign(ck, node, target)
        return
    if not isinstance(target, ast.Name):
        ex.check_expr(ck, node.value)
        assign_target(ck, target, ERROR, None)
        return
    name = target.id
    reason = reserved_reason(name, ck.module.math_imports)
    if reason:
        ck.error(target, f"cannot assign to '{name}': {reason}", f"choose another name, e.g. '{name}_'")
        return
    kind = store_kind(ck, name)
    ck.tables.names[target] = binding(name, kind)
    current = variable_type(ck, target, kind)  # `x += 1` reads x first
    vt = expect_value(ck, node.value, ex.check_expr(ck, node.value, expected=current if current.is_list else None))
    if ERROR in (current, vt):
        return
    ck.record(target, current)
    _check_update(ck, node, name, current, vt)


# xs[i] += v: xs and i are evaluated once
def _check_item_augassign(ck: Checker, node: ast.AugAssign, target: ast.Subscript) -> None:
    current = sequences.check_item_target(ck, target)
    vt = expect_value(ck, node.value, ex.check_expr(ck, node.value))
    if ERROR not in (current, vt):
        _check_update(ck, node, ast.unparse(target), current, vt)


def _check_update(ck: Checker, node: ast.AugAssign, name: str, current: PyType, vt: PyType) -> None:
    """`name op= v` must keep the type `name` has."""
    sym = symbol(node.op)
    result = binop_type(node.op, current, vt, node.value)
    if current.is_list and not isinstance(node.op, ast.Add):
        ck.error(node, f"'{sym}=' on a list is not supported yet ({VERSION0})", f"write {name} = {name} {sym} ...")
    elif result is None:
        ck.error(node, binop_message(node.op, current, vt))
    elif result != current:
        ck.error(node, f"'{name} {sym}= ...' would make '{name}' {result}, but it is {current}",
                 augmented_hint(name, node.op, current, result))


def augmented_hint(name: str, op: ast.operator, current: PyType, result: PyType) -> str | None:
    if isinstance(op, ast.Div) and current == INT:
        return f"use '//=' for integer division, or initialize '{name}' with a float (e.g. 0.0)"
    if current == INT and result == FLOAT:
        return f"initialize '{name}' with a float (e.g. 0.0) to make it a float variable"
    if current == BOOL:
        return f"'{name}' is bool; arithmetic on bools gives an int"
    if current.is_tuple and result.is_tuple and (item := tuples.homogeneous(result)) is not None:
        return f"declare '{name}: {var_tuple_of(item)}' to let its length change"
    return None


# ---- x: T = v --------------------------------------------------------------------


def check_annassign(ck: Checker, node: ast.AnnAssign) -> None:
    ann = annotation_type(node.annotation, allow_none=False)
    if isinstance(ann, tuple):
        ck.error(node.annotation, *ann)
        ann = ERROR
    target = node.target
    if not isinstance(target, ast.Name):
        if node.value is not None:
            ex.check_expr(ck, node.value)
        assign_target(ck, target, ERROR, None)
        return
    if target.id in ck.scope.global_decls:
        ck.error(node, f"annotated name '{target.id}' can't be global")
        return
    if node.value is None:  # `x: int` declares without assigning
        assign_name(ck, target, ann, None)
        return
    vt = ex.check_expr(ck, node.value, expected=ann.elem if ann.is_optional else ann)
    if is_value(vt) and ann != ERROR and not compatible(vt, ann):
        ck.error(node.value, f"'{target.id}' is annotated {ann} but assigned {vt}",
                 conversion_hint(node.value, vt, ann))
    if ann == ERROR and vt == NONE:
        vt = ERROR  # the annotation has its own error
    if vt == ERROR or (ann != ERROR and (is_value(vt) or compatible(vt, ann))):
        vt = ann  # the annotation types the variable even when the value is wrong
    if is_none_literal(node.value) and ann != ERROR and not ann.is_optional:
        ck.error(node.value, f"cannot assign None to '{target.id}', which is {ann}")
        vt = ann
    assign_name(ck, target, vt, node.value)
