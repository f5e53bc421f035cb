"""The state of one checking pass over one body (the module top level or a function).

`ModuleInfo` holds what the whole file declares, settled before any body is
checked. `Scope` is the body being checked. `Tables` is what the pass learns;
a body may be checked more than once (see inference.py), and only the last
pass's tables are kept, so every pass starts with fresh ones.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from pyrite.diagnostics import Diagnostic, Span
from pyrite.frontend.pytypes import ERROR
from pyrite.frontend.typed import Binding, CallInfo, FuncInfo, PyType


@dataclass
class Tables:
    """What one pass learned about its nodes, and the errors it found."""

    filename: str
    types: dict[ast.AST, PyType] = field(default_factory=dict)
    names: dict[ast.AST, Binding] = field(default_factory=dict)
    calls: dict[ast.Call, CallInfo] = field(default_factory=dict)
    condition_only: set[ast.AST] = field(default_factory=set)
    maybe_unbound: set[ast.AST] = field(default_factory=set)
    closures: dict[ast.AST, FuncInfo] = field(default_factory=dict)  # lambdas and nested defs
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def error(self, where: ast.AST | Span, message: str, hint: str | None = None) -> None:
        span = where if isinstance(where, Span) else Span.of(where)
        self.diagnostics.append(Diagnostic(self.filename, span, message, hint))

    def absorb(self, other: "Tables") -> None:
        self.types.update(other.types)
        self.names.update(other.names)
        self.calls.update(other.calls)
        self.condition_only |= other.condition_only
        self.maybe_unbound |= other.maybe_unbound
        self.closures.update(other.closures)
        self.diagnostics += other.diagnostics


@dataclass
class ModuleInfo:
    """Facts about the whole file: functions, module-level variables, imports."""

    filename: str
    functions: dict[str, FuncInfo] = field(default_factory=dict)
    global_names: set[str] = field(default_factory=set)  # assigned at module level
    globals: dict[str, PyType] = field(default_factory=dict)  # their types, once known
    imports: set[str] = field(default_factory=set)  # 'math', 'sys'
    math_imports: set[str] = field(default_factory=set)  # from math import ...
    typing_imports: set[str] = field(default_factory=set)  # from typing import Callable


@dataclass
class Scope:
    """The body being checked. At module level `function` is None and `types`
    holds the module's variables; in a function it holds the locals."""

    function: FuncInfo | None
    local_names: frozenset[str]  # params and assigned names (empty at module level)
    global_decls: frozenset[str]  # names declared `global`
    types: dict[str, PyType]
    strict: bool  # report reads of not-yet-typed variables instead of deferring
    poisoned: set[str] = field(default_factory=set)  # first assignment had an error
    first_assigned: dict[str, tuple[int, int]] = field(default_factory=dict)
    deferred: bool = False  # a read met a variable typed only later in the source
    loop_depth: int = 0
    expr_depth: int = 0
    too_deep_reported: bool = False  # once per outermost expression
    narrowed: dict[str, PyType] = field(default_factory=dict)  # optionals known not None here
    comprehension: list[dict] = field(default_factory=list)  # comprehensions.py: name -> (type, binding)
    outer: "Scope | None" = None  # the enclosing body of a lambda or nested def
    captures: dict[str, PyType] = field(default_factory=dict)  # enclosing variables read here


@dataclass
class Checker:
    """One pass: the module facts, the scope, and the tables being filled."""

    module: ModuleInfo
    scope: Scope
    tables: Tables

    def error(self, where: ast.AST | Span, message: str, hint: str | None = None) -> None:
        self.tables.error(where, message, hint)

    def record(self, node: ast.AST, t: PyType) -> PyType:
        if t != ERROR:
            self.tables.types[node] = t
        return t

    @property
    def function_name(self) -> str | None:
        return self.scope.function.name if self.scope.function else None
