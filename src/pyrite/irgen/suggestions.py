"""NameError messages with CPython's "Did you mean" suggestion.

CPython 3.11 prints `NameError: name 'lenght' is not defined. Did you mean:
'length'?` (Python/suggestions.c). It looks for the closest name in three
groups, stopping at the first group that has one: the local variable names
of the failing function's code (all of them, bound or not), the module's
globals as they are at that moment, then the builtins. Within a group the
smallest edit distance wins, the earlier name on a tie.

Everything but "the globals at that moment" is known at compile time, so
irgen ranks the candidates now and, where a candidate is a module variable
that may not be assigned yet, tests its `.defined` flag at run time:

    ^x.NameError:
      %d = load (globalref @xs.defined)
      cbr %d, ^suggest.xs, ^suggest.next    ... raise NameError "... Did you mean: 'xs'?"
"""

from __future__ import annotations

import ast
import builtins
import functools
from dataclasses import dataclass

from ..ir.ops import Value
from .context import FnContext

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1

# What `python prog.py` has in its globals before the first statement runs.
MODULE_DUNDERS = ["__name__", "__doc__", "__package__", "__loader__", "__spec__",
                  "__annotations__", "__builtins__", "__file__", "__cached__"]
BUILTIN_NAMES = list(builtins.__dict__)


@dataclass(frozen=True)
class ModuleName:
    """A name the module binds at top level: when it exists at run time."""

    name: str
    flag: str | None = None  # a variable: its `.defined` global
    line: int = 0  # a def or an import: the line that binds it


def module_names(tree: ast.Module, global_flags: dict[str, str]) -> list[ModuleName]:
    """The names a module's code puts in its globals, in (roughly) the order it does."""
    seen: dict[str, ModuleName] = {}
    for node in sorted(_top_level_bindings(tree.body), key=lambda n: (n[1], n[2])):
        name, line, _ = node
        if name not in seen:
            seen[name] = ModuleName(name, global_flags.get(name), line)
    for name, flag in global_flags.items():  # assigned only in functions (`global x`)
        seen.setdefault(name, ModuleName(name, flag))
    return list(seen.values())


def _top_level_bindings(body: list[ast.stmt]):
    for s in body:
        match s:
            case ast.FunctionDef(name=name) | ast.ClassDef(name=name):
                yield name, s.lineno, s.col_offset
            case ast.Import(names=aliases) | ast.ImportFrom(names=aliases):
                for alias in aliases:
                    yield (alias.asname or alias.name.split(".")[0]), s.lineno, s.col_offset
            case ast.If() | ast.While() | ast.For():
                if isinstance(s, ast.For):
                    yield from _targets(s.target)
                yield from _top_level_bindings(s.body)
                yield from _top_level_bindings(s.orelse)
            case ast.Assign() | ast.AugAssign() | ast.AnnAssign():
                for target in getattr(s, "targets", None) or [s.target]:
                    yield from _targets(target)


def _targets(target: ast.expr):
    for node in ast.walk(target):
        if isinstance(node, ast.Name):
            yield node.id, node.lineno, node.col_offset


def function_varnames(params: list[str], locals_: list[str], fn: ast.FunctionDef) -> list[str]:
    """A function's co_varnames: parameters, then locals by first appearance."""
    first: dict[str, tuple[int, int]] = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and node.id in locals_:
            pos = (node.lineno, node.col_offset)
            first[node.id] = min(first.get(node.id, pos), pos)
    rest = sorted((n for n in locals_ if n not in params), key=lambda n: first.get(n, (0, 0)))
    return [*params, *rest]


def raise_name_error(ctx: FnContext, name: str, node: ast.AST) -> None:
    """Raise CPython's NameError for `name`, with the suggestion CPython would make."""
    groups: list[list[tuple[str, Value | str | None]]] = []
    if ctx.info is not None:
        groups.append([(n, None) for n in ctx.varnames])
    present = [(n, None) for n in MODULE_DUNDERS]
    for m in ctx.module_names:
        if m.flag is not None:
            present.append((m.name, m.flag))
        elif ctx.info is not None or m.line < getattr(node, "lineno", 0):
            present.append((m.name, None))
    groups += [present, [(n, None) for n in BUILTIN_NAMES]]
    message = f"name '{name}' is not defined"
    b = ctx.b
    for group in groups:
        if len(group) >= MAX_CANDIDATE_ITEMS:
            continue
        for candidate, flag in rank(name, group):
            text = f"{message}. Did you mean: '{candidate}'?"
            if flag is None:
                b.raise_("NameError", b.str(text))
                return
            yes, no = ctx.block(f"suggest.{candidate}"), ctx.block("suggest.next")
            ctx.branch(b.load(ctx.pointer(flag)), yes, no)
            ctx.enter(yes)
            b.raise_("NameError", b.str(text))
            ctx.enter(no)
    b.raise_("NameError", b.str(message))


def rank(name: str, group: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The group's candidates close enough to `name`, best first (as suggestions.c)."""
    size = len(name.encode())
    scored = []
    for index, (candidate, extra) in enumerate(group):
        if candidate == name:
            continue
        max_distance = (size + len(candidate.encode()) + 3) * MOVE_COST // 6
        distance = levenshtein(name, candidate, max_distance)
        if distance <= max_distance:
            scored.append((distance, index, candidate, extra))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [(candidate, extra) for _, _, candidate, extra in scored]


def _substitution_cost(a: int, b: int) -> int:
    if (a & 31) != (b & 31):
        return MOVE_COST
    if a == b:
        return 0
    lower_a = a + 32 if 65 <= a <= 90 else a
    lower_b = b + 32 if 65 <= b <= 90 else b
    return CASE_COST if lower_a == lower_b else MOVE_COST


@functools.lru_cache(maxsize=4096)
def levenshtein(a_text: str, b_text: str, max_cost: int) -> int:
    """suggestions.c's levenshtein_distance: exact when at most max_cost, else above it.

    Cached: every NameError a module may raise is ranked against the same ~150 builtins."""
    a, b = a_text.encode(), b_text.encode()
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * MOVE_COST for i in range(len(a))]
    result = 0
    for b_index, code in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = None
        for index in range(len(a)):
            substitute = distance + _substitution_cost(code, a[index])
            distance = row[index]
            result = min(min(result, distance) + MOVE_COST, substitute)
            row[index] = result
            minimum = result if minimum is None else min(minimum, result)
        if minimum > max_cost:
            return max_cost + 1
    return result
