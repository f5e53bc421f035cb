"""The generator object and the program's outline: globals, functions, main body, ending.

`Generator` keeps the state every part shares (the random source, the emitted
lines, scopes, functions, the cost budget) and is assembled from the mixins of
the other modules: one file per kind of construct.
"""

from __future__ import annotations

import random
import re

from .bools import BoolExprs
from .comprehensions import Comprehensions
from .dicts import DictExprs
from .endings import Endings
from .rejections import Rejections
from .expressions import Expressions
from .features import EXCEPTIONS, KNOWN_BUGS, MATH_NAMES, draw_features, draw_rare
from .floats import FloatExprs
from .formatting import Formatting
from .functions import Functions
from .ints import IntExprs
from .iteration import Iteration
from .lambdas import Lambdas
from .lists import ListExprs
from .measures import MeasureExprs
from .mutations import Mutations
from .optionals import Optionals
from .rangevalues import RangeValues
from .ranges import ACC, FNORMAL, NORMAL, Func, Ranges, Scope, Var
from .set_iterables import SetIterables
from .sets import SetExprs
from .shapes import kind, uses_new, value_types
from .statements import Statements
from .strings import StrExprs
from .tuples import TupleExprs
from .vartuples import VarTupleExprs
from .values import Values


def generate(seed: int, features: set[str] | None = None) -> str:
    """The program text for `seed` (deterministic). `features`: exactly these, or None for a random
    subset; a name written "+name" is added to the random subset instead (`pyrite fuzz --features +rejected`)."""
    return Generator(seed, features).program()


class Generator(Functions, Statements, Expressions, IntExprs, FloatExprs, BoolExprs, Ranges, Values, StrExprs,
                Formatting, ListExprs, MeasureExprs, TupleExprs, DictExprs, SetExprs, Comprehensions, Lambdas, Optionals,
                Iteration, Mutations, Endings, RangeValues, SetIterables, VarTupleExprs, Rejections):
    """One program being generated: its random source, lines, scopes and budget."""

    def __init__(self, seed: int, features: set[str] | None):
        self.rng = random.Random(seed)
        exact = {f for f in features if not f.startswith("+")} if features is not None else set()
        added = {f[1:] for f in features if f.startswith("+")} if features is not None else set()
        self.features = (exact or draw_features(self.rng) | draw_rare(seed)) | added
        self.lines: list[str] = []
        self.indent = 0
        self.counter = 0
        self.scopes: list[Scope] = []
        self.funcs: list[Func] = []
        self.globals: list[Var] = []
        self.writable_globals: set[str] = set()
        self.mult = 1  # how many times the current statement runs per call
        self.cost = 0
        self.loop_depth = 0
        self.in_function: Func | None = None
        self.depth = 0  # statement nesting
        self.pending: list[str] = []  # lines a loop body starts with (a while loop's counter step)
        self.in_lambda = False  # generating a lambda's body

    def has(self, feature: str) -> bool:
        return feature in self.features

    def avoids(self, construct: str) -> bool:
        """Whether the generator steers clear of `construct` (an open Pyrite bug: features.KNOWN_BUGS)."""
        return construct in KNOWN_BUGS

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)
        self.cost += self.mult

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def visible(self, type_: str | None = None) -> list[Var]:
        out = [v for s in self.scopes for v in s.vars]
        out = out + [g for g in self.globals if g not in out]
        return [v for v in out if type_ is None or v.type == type_]

    def writable(self, type_: str) -> list[Var]:
        result = []
        for v in self.visible(type_):
            if v.readonly:
                continue
            if v in self.globals and self.in_function is not None and v.name not in self.writable_globals:
                continue
            result.append(v)
        return result

    def declare(self, var: Var) -> None:
        self.scopes[-1].vars.append(var)

    def program(self) -> str:
        self.lines.append(f"# pyrite fuzz program; features: {' '.join(sorted(self.features))}")
        if self.has("exprstmt"):
            self.lines.append('"""A generated program (its docstring is an expression statement)."""')
        self.lines.append("import math")
        if self.has("raise") or self.has("guards"):
            self.lines.append("import sys")
        imported = self.rng.sample(MATH_NAMES, self.rng.randint(2, 8)) if self.has("from_import") else []
        if imported:
            self.lines.append(f"from math import {', '.join(imported)}")
        if self.has("lambdas"):
            self.lines.append(f"from {self.rng.choice(['typing', 'collections.abc'])} import Callable")
        self.lines.append("")
        self.scopes.append(Scope())
        if self.has("globals"):
            for _ in range(self.rng.randint(1, 3)):
                self.module_global()
        if self.has("lambdas") and self.has("functions") and self.chance(0.5):
            self.factory()
        if self.has("functions") or self.has("recursion"):
            for _ in range(self.rng.randint(1, 4)):
                if self.has("recursion") and self.chance(0.3):
                    self.recursive_function()
                elif self.has("mutual") and self.chance(0.2):
                    self.mutual_functions()
                elif self.has("functions"):
                    self.function()
            if self.has("recursion") and not any(f.recursive for f in self.funcs):
                self.recursive_function()
        self.main_body()
        return self.unqualify("\n".join(self.lines) + "\n", set(imported))

    def unqualify(self, text: str, imported: set[str]) -> str:
        """Most `math.NAME` of names imported with `from math import` written as plain `NAME`."""
        if not imported:
            return text

        def plain(match: re.Match) -> str:
            name = match.group(1)
            return name if name in imported and self.chance(0.7) else match.group(0)

        return re.sub(r"\bmath\.([a-z0-9_]+)\b", plain, text)

    def module_global(self) -> None:
        if uses_new(self) and self.chance(0.4):
            return self.module_value()
        type_ = self.rng.choice(["int", "int", "float", "bool"])
        name = self.fresh("g")
        lit = self.literal(type_, big=False)
        annotation = f": {type_}" if self.has("annassign") and self.chance(0.4) else ""
        self.lines.append(f"{name}{annotation} = {lit.text}")
        var = Var(name, type_, NORMAL if type_ == "int" else FNORMAL if type_ == "float" else 1)
        self.globals.append(var)

    def module_value(self) -> None:
        """A module-level str, tuple or container (functions read and change it; only the module resizes it)."""
        types = [t for t in value_types(self) if kind(t) not in ("opt", "fn")]
        if not types:
            return
        t = self.rng.choice(types)
        e = self.stored(self.new_literal(t), t)
        name = self.fresh("g")
        annotate = kind(t) == "vtuple" or self.chance(0.4)  # a literal alone would make a fixed tuple
        self.lines.append(f"{name}{f': {t}' if annotate else ''} = {e.text}")
        self.globals.append(self.value_var(name, t, e))

    def main_body(self) -> None:
        self.lines.append("")
        guard = self.has("main_guard") and self.chance(0.5)
        if guard:
            self.lines.append('if __name__ == "__main__":')
            self.indent += 1
        self.scopes.append(Scope())
        self.mult, self.cost = 1, 0
        self.block(self.rng.randint(4, 10) if uses_new(self) else self.rng.randint(6, 14))  # a str or container
        # statement compiles to more code than a scalar one: fewer of them keep the programs as fast to test
        self.print_scope(self.scopes[-1])
        for g in self.globals:
            shown = self.show(g)
            if shown is not None:
                self.emit(f"print({g.name!r}, {shown})")
        if self.has("rejected"):
            self.deliberate_compile_error()
        elif uses_new(self) and self.has("raise") and self.chance(0.4):
            self.container_error()
        elif self.has("raise") and self.chance(0.5):
            self.deliberate_raise()
        elif self.has("overflow") and self.chance(0.5):
            self.deliberate_overflow()
        self.scopes.pop()
        if guard:
            self.indent -= 1

    def deliberate_overflow(self) -> None:
        """End with an int that leaves 64 bits: CPython prints it, Pyrite must raise OverflowError.

        The oracle accepts Pyrite's output when it is CPython's cut just before
        the line that prints the first out-of-range int.
        """
        x = self.rng.choice([v.name for v in self.visible("int") if v.box <= ACC] or ["5"])
        self.emit("# deliberate overflow")
        acc, k = self.fresh("o"), self.fresh("k")
        kind = self.rng.randrange(6)
        if kind == 0:
            self.emit(f"{acc} = abs({x}) % 1000 + 2")
            self.emit(f"for {k} in range(70):")
            self.emit(f"    {acc} = {acc} * {self.rng.choice([2, 3, 7, -3])} + {k}")
            self.emit(f"    print({acc})")
        elif kind == 1:
            self.emit(f"{acc} = abs({x}) % 1000 + 2")
            self.emit(f"for {k} in range(130):  # 1.5 ** 110 > 2 ** 63")
            self.emit(f"    {acc} = {acc} + {acc} // 2 + 1")
            self.emit(f"    print({acc}, end=' ')")
        elif kind == 2:
            self.emit(f"print((abs({x}) + 3) * 4611686018427387903)")
        elif kind == 3:
            self.emit(f"print((abs({x}) % 50 + 2) ** 64)")
        elif kind == 4:
            self.emit(f"print((-9223372036854775807 - 1) - (abs({x}) % 9 + 1))")
        else:
            self.emit(f"print(math.factorial(21 + abs({x}) % 5))")

    def deliberate_raise(self) -> None:
        self.emit("# deliberate error")
        ints = [v.name for v in self.visible("int")] or ["7"]
        x = self.rng.choice(ints)
        kind = self.rng.randrange(13)
        if kind >= 8:
            return self.deliberate_raise_more(kind, x)
        if kind == 0:
            self.emit(f"print({x} // ({x} - {x}))")
        elif kind == 1:
            self.emit(f"print({x} % 0)")
        elif kind == 2:
            self.emit(f"print(math.sqrt(-1.0 - abs(float({x}))))")
        elif kind == 3:
            self.emit(f"assert {x} != {x}, \"deliberate\"")
        elif kind == 4:
            self.emit("assert False")
        elif kind == 5:
            self.emit(f"print(int(float({x}) * math.nan))")
        elif kind == 6:
            self.emit(f"sys.exit({self.rng.randint(0, 5)})")
        else:
            self.emit('raise ValueError("deliberate")')

    def deliberate_raise_more(self, kind: int, x: str) -> None:
        """The endings added with the later features: any builtin exception, sys.exit's other forms, NameError."""
        if kind == 8:
            exc = self.rng.choice(EXCEPTIONS)
            self.emit(f'raise {exc}("deliberate {exc}")' if self.chance(0.6) else f"raise {exc}")
        elif kind == 9:
            self.emit(self.rng.choice(['sys.exit("deliberate exit message")', "sys.exit()", f"sys.exit({x} - {x})"]))
        elif kind == 10:
            self.emit(f"assert abs({x}) < 0, {x}")
        elif kind == 11 and self.has("unbound"):
            self.unbound_read(x)
        else:
            self.emit(f"print(math.log(0.0 * abs({x})))")

    def unbound_read(self, x: str) -> None:
        """A name assigned only under a condition that is false, then read: NameError (CPython's message)."""
        var = next(v for v in self.visible("int") if v.name == x) if x != "7" else None
        name = self.fresh("u")
        bound = int(var.box) if var is not None else 100
        self.emit(f"if abs({x}) > {bound}:")
        self.emit(f"    {name} = 1")
        self.emit(f"print({name})")
