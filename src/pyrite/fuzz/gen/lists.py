"""list expressions (features "lists", "slices", "sorting"): literals, +, *, copies, slices, sorted, range.

A list Expr's lo/hi bound its length; its elements stay in the element ranges
of values.py (every element stored is fitted first).
"""

from __future__ import annotations

from .ranges import Expr
from .shapes import elem, kind


class ListExprs:
    """Generator methods for list expressions (mixed into Generator)."""

    def list_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.25):
            return self.leaf(t)
        et = elem(t)
        kinds = ["leaf", "literal", "literal", "concat", "repeat", "copy"]
        if et == "int":
            kinds += ["range"] + (["fromrange"] * 2 if self.has("ranges") else [])
        if et == "str":
            kinds += ["split", "split"]
        if any(v.type in (f"list[{t}]", f"dict[str, {t}]", f"dict[int, {t}]") for v in self.visible()):
            kinds.append("elem")  # an inner list
        for feature, names in (("slices", ["slice", "slice"]), ("sorting", ["sorted", "sorted"]),
                               ("comprehensions", ["comp", "comp", "comp"]), ("ifexp", ["ifexp"]),
                               ("sets", ["fromset"]), ("dicts", ["keys"]), ("vartuples", ["fromvtuple"])):
            if self.has(feature):
                kinds += names
        if self.callable_funcs(t):
            kinds.append("call")
        return getattr(self, "list_" + self.rng.choice(kinds))(t, depth - 1)

    def list_leaf(self, t: str, d: int) -> Expr:
        return self.leaf(t)

    def list_literal(self, t: str, d: int) -> Expr:
        et = elem(t)
        items = [self.element(et, d).text for _ in range(self.rng.randint(1, 5))]
        return Expr(f"[{', '.join(items)}]", t, len(items), len(items))

    def list_elem(self, t: str, d: int) -> Expr:
        return self.element_of(t, d)

    def list_concat(self, t: str, d: int) -> Expr:
        a, b = self.list_expr(t, d), self.list_expr(t, d)
        return Expr(f"({a.text} + {b.text})", t, a.lo + b.lo, a.hi + b.hi)

    def list_repeat(self, t: str, d: int) -> Expr:
        a = self.list_expr(t, d) if self.chance(0.6) else Expr(f"[{self.element(elem(t), d).text}]", t, 1, 1)
        n = self.rng.choice([0, 1, 2, 3, -1])
        text = f"({a.text} * {n})" if self.chance(0.7) else f"({n} * {a.text})"
        return Expr(text, t, a.lo * max(n, 0), a.hi * max(n, 0))

    def list_copy(self, t: str, d: int) -> Expr:
        a = self.list_expr(t, d)
        return Expr(self.rng.choice([f"{a.text}.copy()", f"list({a.text})", f"{a.text}[:]"]), t, a.lo, a.hi)

    def list_range(self, t: str, d: int) -> Expr:
        if self.chance(0.5):
            start, step = self.rng.randint(-5, 5), self.rng.choice([1, 1, 2, 3, -1, -2])
            stop = start + step * self.rng.randint(-1, 8)
            n = len(range(start, stop, step))
            return Expr(f"list(range({start}, {stop}, {step}))", t, n, n)
        i = self.int_expr(d)
        return Expr(f"list(range({i.text} % 9))", t, 0, 8)

    def list_split(self, t: str, d: int) -> Expr:
        return self.split_expr(d)

    def list_slice(self, t: str, d: int) -> Expr:
        a = self.list_expr(t, d)
        text, keeps = self.slice_text(d)
        return Expr(f"{a.text}{text}", t, a.lo if keeps else 0, a.hi)

    def list_sorted(self, t: str, d: int) -> Expr:
        chars = t == "list[str]" and self.chance(0.2)
        a = self.str_expr(d) if chars else self.list_expr(t, d)
        self.charge(a.hi / 4)
        args = self.sort_args(elem(t), d)
        if chars and "key=" in args:  # sorted(a_str, key=...) is not supported
            args = ", reverse=True"
        return Expr(f"sorted({a.text}{args})", t, a.lo, a.hi)

    def sort_args(self, et: str, d: int) -> str:
        """`, key=..., reverse=...` (sometimes none) for sorting elements of type `et`."""
        args = ""
        if self.has("lambdas") and self.chance(0.4) and et in ("int", "float", "str", "bool") or kind(et) == "tuple" and self.chance(0.3):
            args += f", key={self.key_lambda(et)}"
        if self.chance(0.4):
            args += f", reverse={self.bool_expr(1).text if self.chance(0.3) else self.rng.choice(['True', 'False'])}"
        return args

    def list_ifexp(self, t: str, d: int) -> Expr:
        a, b, c = self.list_expr(t, d), self.list_expr(t, d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", t, min(a.lo, b.lo), max(a.hi, b.hi), alias=a.alias or b.alias)

    def list_call(self, t: str, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs(t))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), t, f.ret_lo, self.box_of(t))

    def list_comp(self, t: str, d: int) -> Expr:
        return self.list_comprehension(t, d)

    def list_fromset(self, t: str, d: int) -> Expr:
        et = elem(t)
        if et not in ("int", "str", "float"):
            return self.list_literal(t, d)
        s = self.set_expr(f"set[{et}]", d)
        if et == "str" or self.chance(0.5):
            return Expr(f"sorted({s.text}{', reverse=True' if self.chance(0.3) else ''})", t, s.lo, s.hi)
        return Expr(f"list({s.text})", t, s.lo, s.hi)

    def list_keys(self, t: str, d: int) -> Expr:
        dicts = [v for v in self.visible() if kind(v.type) == "dict" and v.type.startswith(f"dict[{elem(t)},")]
        if not dicts:
            return self.list_literal(t, d)
        v = self.rng.choice(dicts)
        return Expr(f"{self.rng.choice(['list', 'sorted'])}({v.name})", t, len(v.sure), v.box)
