"""Generator expressions passed straight to a builtin that consumes them at once.

`sum(x * x for x in xs)`, `",".join(str(i) for i in r)`, `sorted(w for w in ws if w)`:
the builtin uses up the generator before anything else runs, so building the list of
its items first prints and raises exactly what CPython does (CPython's `sorted`,
`str.join` and `tuple` even make that list themselves). `rewrite` turns each such
generator expression (the call's first positional argument) into the list
comprehension with the same clauses, before type checking.

Not rewritten, so still checked as generator expressions:
- `any(...)` / `all(...)`: they stop at the deciding item, so a later item must not be
  computed (listops.py types them; irgen lowers a loop with an early exit);
- `min(..., key=f)` / `max(..., key=f)`: CPython calls f between items;
- a builtin whose name the program binds itself (`def sum(...)`);
- a generator expression anywhere else (kept in a variable, returned): rejected.
"""

from __future__ import annotations

import ast

CONSUMERS = frozenset({"sum", "min", "max", "sorted", "list", "set", "tuple", "dict"})
SHORT_CIRCUIT = frozenset({"any", "all"})


def rewrite(tree: ast.Module) -> None:
    """Replace, in place, the generator expressions that builtins consume at once."""
    bound = _bound_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.GeneratorExp):
            if _consumes(node, bound):
                node.args[0] = _as_list_comprehension(node.args[0])


def is_short_circuit_call(node: ast.Call) -> bool:
    """any(genexp) / all(genexp), the generator expression its only argument."""
    return (isinstance(node.func, ast.Name) and node.func.id in SHORT_CIRCUIT and len(node.args) == 1
            and isinstance(node.args[0], ast.GeneratorExp) and not node.keywords)


def _consumes(call: ast.Call, bound: set[str]) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr == "join" and len(call.args) == 1 and not call.keywords
    if not isinstance(func, ast.Name) or func.id not in CONSUMERS or func.id in bound:
        return False
    return not (func.id in ("min", "max") and any(k.arg == "key" for k in call.keywords))


def _as_list_comprehension(gen: ast.GeneratorExp) -> ast.ListComp:
    return ast.copy_location(ast.ListComp(elt=gen.elt, generators=gen.generators), gen)


def _bound_names(tree: ast.Module) -> set[str]:
    """Every name the program binds anywhere: a builtin it rebinds is not the builtin."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names
