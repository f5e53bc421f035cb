"""What ints, floats and bools can ask of strs and containers: len, sum, min, max, count, index, in, ==, <.

These kinds are shared by several features (MORE_KINDS in values.py): each
draws among the container types the program's features allow.
"""

from __future__ import annotations

from .ranges import ELEM_FLOAT, ELEM_INT, Expr
from .shapes import elem, kind, value_types
from .values import elem_range


class MeasureExprs:
    """Generator methods for the scalar questions asked of containers (mixed into Generator)."""

    def some_type(self, *kinds: str, elems: tuple = ()) -> str | None:
        """A type of the program's of one of `kinds` (and, if given, with its element type in `elems`)."""
        types = [t for t in value_types(self) if kind(t) in kinds and (not elems or elem(t) in elems)]
        return self.rng.choice(types) if types else None

    def int_size(self, d: int) -> Expr:
        t = self.some_type("str", "list", "vtuple", "dict", "set")
        if t is None:
            return self.leaf("int")
        e = self.value_expr(t, d)
        return Expr(f"len({e.text})", "int", e.lo, e.hi)

    def int_stat(self, d: int) -> Expr:
        t = self.some_type("list", "set", "vtuple", elems=("int",))
        if t is None:
            return self.leaf("int")
        xs = self.value_expr(t, d)
        self.charge(xs.hi / 4)
        k = self.rng.randrange(4)
        if k == 0:
            return Expr(f"sum({xs.text})", "int", -xs.hi * ELEM_INT, xs.hi * ELEM_INT)
        if k == 1:
            return self.nonempty_call(self.rng.choice(["min", "max"]), xs, "int", d)
        if kind(t) == "set":  # no count or index on a set
            return Expr(f"len({xs.text})", "int", xs.lo, xs.hi)
        v = self.fit(self.int_expr(d), "int")
        if k == 2:
            return Expr(f"{xs.text}.count({v.text})", "int", 0, xs.hi)
        one = f"[{v.text}]" if kind(t) == "list" else f"({v.text},)"
        start = self.rng.choice(["", "", ", 0", ", -1"])  # x is the last item: found from either
        return Expr(f"({xs.text} + {one}).index({v.text}{start})", "int", 0, xs.hi)  # always found

    def nonempty_call(self, fn: str, xs: Expr, et: str, d: int) -> Expr:
        """min/max of a list or set that is never empty (else ValueError, kept for the deliberate endings)."""
        lo, hi = elem_range(et)
        key = f", key={self.key_lambda(et)}" if self.has("lambdas") and self.chance(0.3) else ""
        if xs.lo >= 1:
            return Expr(f"{fn}({xs.text}{key})", et, lo, hi)
        if xs.text.isidentifier():
            default = self.fit(self.literal(et), et)
            return Expr(f"({fn}({xs.text}{key}) if {xs.text} else {default.text})", et, lo, hi)
        default = self.literal(et, big=False).text
        if kind(xs.type) == "vtuple" and self.chance(0.5):  # `or` wants one type: not a fixed (d,)
            return Expr(f"{fn}({xs.text} or tuple([{default}]){key})", et, lo, hi)
        if kind(xs.type) == "vtuple":
            return Expr(f"{fn}({xs.text} + ({default},){key})", et, lo, hi)
        extra = f" + [{default}]" if kind(xs.type) == "list" else f" | {{{default}}}"
        return Expr(f"{fn}({xs.text}{extra}{key})", et, lo, hi)

    def float_stat(self, d: int) -> Expr:
        t = self.some_type("list", "set", "vtuple", elems=("float",))
        if t is None:
            return self.leaf("float")
        xs = self.value_expr(t, d)
        self.charge(xs.hi / 4)
        if self.chance(0.5):  # sum of an empty list[float] is the int 0 in CPython, an error in Pyrite: give a start
            start = ", 0.0" if xs.lo == 0 or self.chance(0.5) else ""
            return Expr(f"sum({xs.text}{start})", "float", -xs.hi * ELEM_FLOAT, xs.hi * ELEM_FLOAT)
        return self.nonempty_call(self.rng.choice(["min", "max"]), xs, "float", d)

    def bool_contains(self, d: int) -> Expr:
        t = self.some_type("str", "list", "vtuple", "dict", "set")
        if t is None:
            return self.leaf("bool")
        c = self.value_expr(t, d)
        k = kind(t)
        if k == "str":
            x = self.str_expr(d)
        elif k == "dict":
            x = self.key_expr(t[5:].split(",", 1)[0], d)
        else:
            x = self.fit(self.expr(elem(t), d), elem(t))
        self.charge(c.hi / 8)
        return Expr(f"({x.text} {self.rng.choice(['in', 'in', 'not in'])} {c.text})", "bool")

    def bool_seqcmp(self, d: int) -> Expr:
        t = self.some_type("list", elems=("int", "str", "float", "bool"))
        if t is None:
            return self.leaf("bool")
        a, b = self.list_expr(t, d), self.list_expr(t, d)
        return Expr(f"({a.text} {self.rng.choice(['==', '!=', '<', '<=', '>', '>='])} {b.text})", "bool")

    def bool_anyall(self, d: int) -> Expr:
        """any/all of a list, or of a generator expression, which stops at the first item that
        decides (a call in a later item must not run: irgen/listops.py's short circuit)."""
        if self.has("comprehensions") and self.chance(0.5):
            text, _, _, _ = self.comprehension(d, False, lambda: self.bool_expr(max(d, 1)).text)
            return Expr(f"{self.rng.choice(['any', 'all'])}({text})", "bool")
        t = self.some_type("list", "vtuple", elems=("bool", "int"))
        if t is None:
            return self.leaf("bool")
        xs = self.value_expr(t, d)
        return Expr(f"{self.rng.choice(['any', 'all'])}({xs.text})", "bool")

    def int_elem(self, d: int) -> Expr:
        return self.element_of("int", d)

    def float_elem(self, d: int) -> Expr:
        return self.element_of("float", d)

    def bool_elem(self, d: int) -> Expr:
        return self.element_of("bool", d)
