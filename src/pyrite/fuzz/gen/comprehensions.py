"""List, dict and set comprehensions (feature "comprehensions").

`[e for x in it if c]`, `{k: v for x in it}`, `{e for x in it}`, sometimes with
a second `for` over a small range. `it` is a range, a list, a str or its split(), a set of ints
or floats (never of strs: their order differs between CPython processes), a
dict, its keys() or values(), (dict comprehensions) its items(), or a tuple[T, ...]. The loop
variables live in their own scope, and the element is generated with the
multiplicity of the loop, so calls inside are charged to the budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from .ranges import DICTBOX, Expr, Scope, Var
from .shapes import dict_kv, elem, kind, value_types


@dataclass
class Source:
    text: str  # what follows `in`
    elem: str  # the loop variable's type
    lo: int  # number of iterations
    hi: int
    value: str | None = None  # items(): the second variable's type
    chars: bool = False  # a str: the variable is one character
    kind: str = "range"  # range, str, list, vtuple, set, dict, view (keys(), values(), items())


class Comprehensions:
    """Generator methods for comprehensions (mixed into Generator)."""

    def source(self, d: int, pairs: bool = False, sequence: bool = False) -> Source:
        """Something a comprehension or a `for` can iterate over (`sequence`: only a range, a str or a list,
        as a list comprehension, enumerate, zip and reversed take)."""
        kinds = ["range", "range"] + (["rangevalue"] * 2 if self.has("ranges") else [])
        types = [t for t in value_types(self) if kind(t) in ("str", "list", "vtuple")
                 or not sequence and (kind(t) == "dict" or t in ("set[int]", "set[float]"))]
        if types:
            kinds += ["value"] * 3
        if self.has("str_methods"):
            kinds.append("split")
        k = self.rng.choice(kinds)
        if k == "split":
            return self.split_source(d)
        if k == "range":
            if self.chance(0.5):
                n = self.rng.randint(0, 6)
                return Source(f"range({n})", "int", n, n)
            i = self.int_expr(d)
            return Source(f"range({i.text} % 7)", "int", 0, 6)
        if k == "rangevalue":
            r = self.short_range(d, 8)
            return Source(r.text, "int", r.lo, r.hi)
        t = self.rng.choice(types)
        e = self.value_expr(t, d)
        if kind(t) == "str":
            return Source(e.text, "str", e.lo, e.hi, chars=True, kind="str")
        if kind(t) != "dict":
            return Source(e.text, elem(t), e.lo, e.hi, kind=kind(t))
        kt, vt = dict_kv(t)
        how = self.rng.choice(["", ".keys()", ".values()"] + ([".items()"] * 2 if pairs else []))
        if how == ".items()":
            return Source(f"{e.text}.items()", kt, e.lo, e.hi, value=vt, kind="view")
        return Source(e.text + how, vt if how == ".values()" else kt, e.lo, e.hi, kind="view" if how else "dict")

    def split_source(self, d: int) -> Source:
        """`s.split()` or `s.split(sep)`: a loop walks s piece by piece, no list made (irgen/iteration.py);
        a comprehension, enumerate, zip or reversed over it builds the list."""
        s = self.fit(self.str_expr(d), "str")
        sep = self.rng.choice(["", "None", "' '", "','", "'l'", "'ab'", "'é'", "'  '"])
        pieces = s.hi // 2 + 1 if sep in ("", "None") else s.hi + 1
        return Source(f"{s.text}.split({sep})", "str", 0, pieces, kind="list")

    def loop_var(self, name: str, src: Source) -> Var:
        if src.chars:
            return Var(name, "str", 1, lo=1, readonly=True, owner=self.in_function)
        return self.part_var(name, src.elem)

    def comprehension(self, d: int, pairs: bool, body, sequence: bool = False) -> tuple[str, Source, int, bool]:
        """Generate `body` (which returns the element text) inside the comprehension's scope.
        Returns (text after the element: the for and if clauses, the source, iterations per item, filtered)."""
        src = self.source(d, pairs, sequence)
        names = [self.fresh("c")] + ([self.fresh("c")] if src.value else [])
        scope = Scope([self.loop_var(names[0], src)])
        if src.value:
            scope.vars.append(self.part_var(names[1], src.value))
        clauses = f" for {', '.join(names)} in {src.text}"
        inner = 1
        if self.chance(0.2):
            inner = self.rng.randint(1, 3)
            y = self.fresh("c")
            scope.vars.append(Var(y, "int", inner, readonly=True))
            clauses += f" for {y} in range({inner})"
        saved = self.mult
        self.mult *= max(1, src.hi * inner)
        self.scopes.append(scope)
        filtered = self.chance(0.35)
        cond = f" if {self.bool_expr(2).text}" if filtered else ""
        element = body()
        self.scopes.pop()
        self.mult = saved
        self.charge(src.hi * inner / 4)
        return element + clauses + cond, src, inner, filtered

    def list_comprehension(self, t: str, d: int) -> Expr:
        et = elem(t)
        text, src, inner, filtered = self.comprehension(d, False, lambda: self.element(et, d).text, True)
        return Expr(f"[{text}]", t, 0 if filtered else src.lo * inner, src.hi * inner)

    def set_comprehension(self, t: str, d: int) -> Expr:
        et = elem(t)
        text, src, inner, filtered = self.comprehension(d, False, lambda: self.element(et, d).text)
        return Expr(f"{{{text}}}", t, 0 if filtered or src.lo == 0 else 1, src.hi * inner)

    def dict_comprehension(self, t: str, d: int) -> Expr:
        kt, vt = dict_kv(t)

        def pair() -> str:
            key = self.key_expr(kt, d).text
            return f"{key}: {self.element(vt, d).text}"

        text, src, inner, filtered = self.comprehension(d, True, pair)
        return Expr(f"{{{text}}}", t, 0, min(DICTBOX, src.hi * inner))
