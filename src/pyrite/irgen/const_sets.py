"""Which set display's frozenset constant CPython keeps for an equal one (its order).

CPython 3.11 makes a frozenset constant of a set display of constants in two
places: the AST optimizer folds one that a `for` (or a comprehension) iterates or
that `in` / `not in` tests, and the compiler folds any other display of three or
more constants. The compiler then merges equal constants across the whole module
(compile.c merge_consts_recursive, with _PyCode_ConstantKey): the first frozenset
it adds, in the order it emits code, is rebuilt from its own iteration order and
kept; every later equal one is replaced by it. A frozenset's order depends on the
order its items were added, so `{0.001, 0.1, 0.5}` printed after a function
holding `{0.5, 0.1, 0.001}` walks in that function's order:

    def f() -> None:
        {0.5, 0.1, 0.001}
    print({0.001, 0.1, 0.5})      # {0.5, 0.1, 0.001}, not {0.1, 0.5, 0.001}

`first_equal(tm, node)` gives the display whose items, added in its order, make
the constant `node` gets. Equal means the same items of the same types, a -0.0
being another item than 0.0 (the constant key tells them apart).
"""

from __future__ import annotations

import ast
import dis
import math
from collections.abc import Iterator

from ..frontend.typed import TypedModule

_FIRST: dict[int, tuple[TypedModule, dict[ast.Set, ast.Set]]] = {}


def constant_value(node: ast.expr) -> tuple[bool, object]:
    """(True, value) when CPython compiles `node` to a single constant, else (False, None).
    What its AST optimizer folds (`-3`, `(1, -2)`, `2**62 & 0xFFFF`, `"ab"[1]`, not `2**200`
    or `1/0`: its size limits and errors) is asked of its own compiler, so the rules are
    exactly those of the CPython that runs the program."""
    try:
        code = compile(ast.Expression(body=node), "<display item>", "eval")
    except (SyntaxError, ValueError, TypeError):
        return False, None
    ops = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "NOP", "CACHE")]
    if [i.opname for i in ops] != ["LOAD_CONST", "RETURN_VALUE"]:
        return False, None
    return True, ops[0].argval


def _key(node: ast.Set) -> frozenset | None:
    """The constant key of the display's frozenset, or None if it is not all constants."""
    items = []
    for e in node.elts:
        ok, value = constant_value(e)
        if not ok:
            return None
        items.append(_constant_key(value))
    return frozenset(items)


def _constant_key(value: object) -> tuple:
    """As _PyCode_ConstantKey: equal constants of another type, or a -0.0 against a 0.0
    (also inside a tuple), are other constants."""
    if isinstance(value, tuple):
        return tuple, tuple(_constant_key(v) for v in value)
    negative_zero = isinstance(value, float) and value == 0.0 and math.copysign(1.0, value) < 0
    return type(value), value, negative_zero


def _folded_by_optimizer(parent: ast.AST, node: ast.Set) -> bool:
    """A display the AST optimizer makes a constant whatever its size: iterated (by a `for` or a
    comprehension) or the last operand of `in` / `not in`."""
    if isinstance(parent, ast.For):
        return parent.iter is node
    if isinstance(parent, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
        return any(g.iter is node for g in parent.generators)
    return (isinstance(parent, ast.Compare) and isinstance(parent.ops[-1], (ast.In, ast.NotIn))
            and parent.comparators[-1] is node)


def first_equal(tm: TypedModule, node: ast.Set) -> ast.Set:
    cached = _FIRST.get(id(tm.tree))
    if cached is None or cached[0] is not tm:
        cached = (tm, _first_displays(tm.tree))
        _FIRST.clear()  # one module at a time: the cache only saves the walk per display
        _FIRST[id(tm.tree)] = cached
    return cached[1].get(node, node)


def _first_displays(tree: ast.Module) -> dict[ast.Set, ast.Set]:
    first: dict[frozenset, ast.Set] = {}
    result: dict[ast.Set, ast.Set] = {}
    for parent, node in _emitted(tree):
        if not isinstance(node, ast.Set) or not (len(node.elts) >= 3 or _folded_by_optimizer(parent, node)):
            continue
        key = _key(node)
        if key is not None:
            result[node] = first.setdefault(key, node)
    return result


def _emitted(node: ast.AST) -> Iterator[tuple[ast.AST, ast.AST]]:
    """(parent, child) pairs in the order CPython's compiler emits code for the children:
    source order, except that an assignment's value comes before its targets, a dict's
    keys and values alternate, a function's decorators and defaults come before its body,
    and a comprehension's first iterable comes after the rest (it is evaluated outside)."""
    for child in _children(node):
        yield node, child
        yield from _emitted(child)


def _children(node: ast.AST) -> list[ast.AST]:
    match node:
        case ast.Assign(targets=targets, value=value):
            return [value, *targets]
        case ast.AnnAssign(target=target, annotation=annotation, value=value):
            return [n for n in (value, target, annotation) if n is not None]
        case ast.Dict(keys=keys, values=values):
            return [n for pair in zip(keys, values) for n in pair if n is not None]
        case ast.FunctionDef() | ast.AsyncFunctionDef():
            a = node.args
            return [*node.decorator_list, *a.defaults, *(d for d in a.kw_defaults if d is not None), *node.body]
        case ast.Lambda(args=a, body=body):
            return [*a.defaults, *(d for d in a.kw_defaults if d is not None), body]
        case ast.ListComp() | ast.SetComp() | ast.GeneratorExp() | ast.DictComp():
            first, *rest = node.generators
            elements = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            inner = [n for g in rest for n in (g.iter, g.target, *g.ifs)]
            return [first.target, *first.ifs, *inner, *elements, first.iter]
    return list(ast.iter_child_nodes(node))
