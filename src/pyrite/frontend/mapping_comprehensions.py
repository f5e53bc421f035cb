"""Typing rules of dict and set comprehensions: `{k: v for x in xs if c}`, `{x for ...}`,
with any number of `for` and `if` clauses.

A comprehension's variables belong to it alone in Python 3. Pyrite gives each
one a variable of the enclosing body under a name no program can write,
`_pyrite_comp_<line>_<col>_<name>`, by renaming the target and the uses it
scopes (the tree is renamed in place, once: the checker's later passes find
it renamed). So `x` after `{x for x in xs}` is still the outer `x`. The first
`for`'s iterable is evaluated in the enclosing scope, as in CPython, so it is
not renamed.

(List comprehensions live elsewhere; both could share this scheme.)
"""

from __future__ import annotations

import ast

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend import mappings
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR
from pyrite.frontend.typed import PyType, dict_of, set_of

PREFIX = "_pyrite_comp_"
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def check_comprehension(ck: Checker, node: ast.DictComp | ast.SetComp, expected: PyType | None) -> PyType:
    from pyrite.frontend.statements import bind_loop_target, iterated_type  # circular: statements checks expressions

    renames: dict[str, str] = {}
    ok = True
    for i, gen in enumerate(node.generators):
        if gen.is_async:
            ck.error(gen.iter, "'async for' is not supported")
            return ERROR
        if i > 0:
            _rename(gen.iter, renames)
        item = iterated_type(ck, gen.iter)
        if not _rename_targets(ck, gen.target, renames):
            return ERROR
        bind_loop_target(ck, gen.target, gen.iter, item)
        ok = ok and item != ERROR
        for test in gen.ifs:
            _rename(test, renames)
            ok = ex.check_cond(ck, test) != ERROR and ok
    if isinstance(node, ast.DictComp):
        _rename(node.key, renames)
        _rename(node.value, renames)
    else:
        _rename(node.elt, renames)
    result = _element_types(ck, node, expected)
    return result if ok else ERROR


def _element_types(ck: Checker, node: ast.DictComp | ast.SetComp, expected: PyType | None) -> PyType:
    want = expected if expected is not None and expected.name == ("dict" if isinstance(node, ast.DictComp) else "set") else None
    if isinstance(node, ast.DictComp):
        kt = ex.check_expr(ck, node.key, expected=want.items[0] if want else None)
        vt = ex.check_expr(ck, node.value, expected=want.items[1] if want else None)
        parts = [(node.key, kt, "key"), (node.value, vt, "value")]
    else:
        et = ex.check_expr(ck, node.elt, expected=want.items[0] if want else None)
        parts = [(node.elt, et, "set element")]
    for i, (part, t, role) in enumerate(parts):
        if t == ERROR:
            return ERROR
        if role == "value":
            if mappings.sequences.check_element(ck, part, t) == ERROR:
                return ERROR
        else:
            problem = mappings.hashable_problem(t, role)
            if problem is not None:
                ck.error(part, *problem)
                return ERROR
        if want is not None and not mappings.stores_as(t, want.items[i]):
            ck.error(part, f"{want} {role.split()[-1]}s are {want.items[i]}, not {t}",
                     mappings.conversion_hint(part, t, want.items[i]))
            return ERROR
    if want is not None:
        return want  # a tuple[int, int] key is also a tuple[int, ...] one (mappings.stores_as)
    types = [t for _, t, _ in parts]
    return dict_of(*types) if isinstance(node, ast.DictComp) else set_of(types[0])


def _rename_targets(ck: Checker, target: ast.expr, renames: dict[str, str]) -> bool:
    names = _target_names(target)
    if not names:
        ck.error(target, "a comprehension's 'for' needs a name or a tuple of names",
                 "e.g. {k: v for (a, b), v in d.items()}")
        return False
    for name in names:
        original = _original(name)
        if not name.id.startswith(PREFIX):
            name.id = f"{PREFIX}{name.lineno}_{name.col_offset}_{name.id}"
        renames[original] = name.id
        _declare(ck, name.id)
    return True


def _target_names(target: ast.expr) -> list[ast.Name]:
    """The names a target binds, `(a, b), v` included; [] if it is not only names."""
    if isinstance(target, ast.Name):
        return [target]
    if not isinstance(target, ast.Tuple):
        return []
    parts = [_target_names(item) for item in target.elts]
    return [name for part in parts for name in part] if parts and all(parts) else []


def _original(name: ast.Name) -> str:
    if not name.id.startswith(PREFIX):
        return name.id
    return name.id[len(PREFIX):].split("_", 2)[2]


def _declare(ck: Checker, name: str) -> None:
    """Make the hidden name a variable of the enclosing body."""
    if ck.scope.function is not None:
        ck.scope.local_names = ck.scope.local_names | {name}
    else:
        ck.module.global_names.add(name)


def _rename(node: ast.expr, renames: dict[str, str]) -> None:
    """Rename the loads of comprehension variables in `node`, except inside a
    nested comprehension that binds the same name again."""
    stack: list[ast.AST] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, ast.Name) and isinstance(item.ctx, ast.Load) and item.id in renames:
            item.id = renames[item.id]
        if isinstance(item, COMPREHENSIONS):
            _rename_nested(item, renames)
            continue
        stack.extend(ast.iter_child_nodes(item))


def _rename_nested(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
                   renames: dict[str, str]) -> None:
    """A nested comprehension sees the outer variables it does not bind again
    (its first iterable sees them all)."""
    bound = {_original(n) for gen in node.generators for n in ast.walk(gen.target) if isinstance(n, ast.Name)}
    inner = {k: v for k, v in renames.items() if k not in bound}
    _rename(node.generators[0].iter, renames)
    parts = [*(g.iter for g in node.generators[1:]), *(t for g in node.generators for t in g.ifs)]
    parts += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
    for part in parts:
        _rename(part, inner)
