"""tuple[T, ...] values (feature "vartuples"): made, compared, hashed, unpacked, and their deliberate errors.

A var tuple is read the way a list is (values.item, measures.py, comprehensions.source,
iteration.py): its Expr's lo/hi bound its length, its elements stay in the element ranges
of values.py, and it never changes, so a variable is only rebound. A longer or shorter one is
made by slicing, `+` and `*`, or through a list: `tuple(list(t) + list(u))`. A literal `(1, 2)`
or a pair `divmod(a, b)` is a fixed tuple, `tuple[int, int]` (Expr.fixed): it is taken (a
literal typed as the target, a pair coerced) where a var tuple is assigned, passed or
returned, or in one branch of a conditional whose other branch is a var tuple, and compared
with var tuples and other fixed ones (of any length: the items have one type). Two fixed
tuples joined, or one repeated a literal number of times, are fixed too; a fixed tuple is
made a var one (`tuple(...)`) before it is sliced, so no slice is a fixed empty tuple. `()` is
only ever assigned to an annotated variable.
"""

from __future__ import annotations

from .ranges import Expr, Var
from .shapes import elem
from .values import elem_range

COMPARE = ["==", "!=", "<", "<=", ">", ">="]


class VarTupleExprs:
    """Generator methods for tuple[T, ...] (mixed into Generator)."""

    def vtuple_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.25):
            return self.leaf(t)
        et = elem(t)
        kinds = ["leaf", "literal", "literal", "fromlist", "fromlist", "join", "fixed", "slice", "concat", "repeat"]
        kinds += {"int": ["range"], "str": ["chars"]}.get(et, [])
        for feature, names in (("ifexp", ["ifexp"]), ("andor", ["boolop"]), ("comprehensions", ["gen"])):
            if self.has(feature):
                kinds += names
        if self.callable_funcs(t):
            kinds.append("call")
        return getattr(self, "vtuple_" + self.rng.choice(kinds))(t, depth - 1)

    def vtuple_of(self, items: list[str], t: str) -> Expr:
        """`(a,)`, `(a, b)`: a fixed tuple standing for a var tuple."""
        text = f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
        return Expr(text, t, len(items), len(items), fixed=True)

    def unfixed(self, e: Expr) -> Expr:
        return Expr(f"tuple({e.text})", e.type, e.lo, e.hi) if e.fixed else e

    def vtuple_leaf(self, t: str, d: int) -> Expr:
        return self.leaf(t)

    def vtuple_literal(self, t: str, d: int) -> Expr:
        return self.vtuple_of([self.element(elem(t), d).text for _ in range(self.rng.randint(1, 5))], t)

    def vtuple_fixed(self, t: str, d: int) -> Expr:
        """A pair of type tuple[T, T] (a variable, divmod, a call): where it is stored, passed or
        returned as a tuple[T, ...], irgen/convert.py coerces it (a literal is typed as the target);
        as its items have one type, it takes any int index too."""
        e = self.tuple_expr(f"tuple[{elem(t)}, {elem(t)}]", d)
        return Expr(e.text, t, 2, 2, fixed=True)

    def vtuple_fromlist(self, t: str, d: int) -> Expr:
        """`tuple(xs)` of a list, or of another tuple."""
        source = self.list_expr(f"list[{elem(t)}]", d) if self.chance(0.7) else self.vtuple_expr(t, d)
        return Expr(f"tuple({source.text})", t, source.lo, source.hi)

    def vtuple_join(self, t: str, d: int) -> Expr:
        a, b = self.vtuple_expr(t, d), self.vtuple_expr(t, d)
        return Expr(f"tuple(list({a.text}) + list({b.text}))", t, a.lo + b.lo, a.hi + b.hi)

    def vtuple_slice(self, t: str, d: int) -> Expr:
        """`t[a:b:c]`: bounds left out, literals past either end, or any int; a step of a few either way."""
        a = self.unfixed(self.vtuple_expr(t, d))
        bounds = [self.slice_bound(d) for _ in range(2)]
        step = self.rng.choice(["", "", "1", "2", "3", "-1", "-2"])
        text = f"{a.text}[{bounds[0]}:{bounds[1]}{':' + step if step or self.chance(0.2) else ''}]"
        return Expr(text, t, 0, a.hi)

    def slice_bound(self, d: int) -> str:
        if self.chance(0.3):
            return ""
        if self.chance(0.5):
            return str(self.rng.randint(-7, 7))
        return self.fit(self.int_expr(d), "int").text

    def vtuple_concat(self, t: str, d: int) -> Expr:
        """`a + b`: two fixed tuples join into a fixed one."""
        a, b = self.vtuple_expr(t, d), self.vtuple_expr(t, d)
        return Expr(f"({a.text} + {b.text})", t, a.lo + b.lo, a.hi + b.hi, fixed=a.fixed and b.fixed)

    def vtuple_repeat(self, t: str, d: int) -> Expr:
        """`a * k` or `k * a`, k a literal (none or negative: empty) or an int; a fixed tuple
        repeated a literal number of times at least once stays fixed (at most 15 items)."""
        a = self.vtuple_expr(t, d)
        if self.chance(0.6):
            k = self.rng.randint(-1, 3)
            count, most = str(k), max(k, 0)
        else:
            n = self.fit(self.int_expr(d), "int")
            count, most = f"({n.text} % 3)", 2
        fixed = a.fixed and count.isdigit() and most >= 1
        if a.fixed and not fixed:
            a = self.unfixed(a)
        self.charge(a.hi * most / 4)
        text = f"({a.text} * {count})" if self.chance(0.7) else f"({count} * {a.text})"
        return Expr(text, t, a.lo * most if fixed else 0, a.hi * most, fixed=fixed)

    def vtuple_range(self, t: str, d: int) -> Expr:
        if self.chance(0.5):
            n = self.rng.randint(0, 6)
            return Expr(f"tuple(range({n}))", t, n, n)
        i = self.int_expr(d)
        return Expr(f"tuple(range({i.text} % 7))", t, 0, 6)

    def vtuple_chars(self, t: str, d: int) -> Expr:
        s = self.str_expr(d)
        return Expr(f"tuple({s.text})", t, s.lo, s.hi)

    def vtuple_ifexp(self, t: str, d: int) -> Expr:
        """A var tuple in at least one branch: a fixed tuple in the other makes the whole a var tuple."""
        a, b, c = self.vtuple_expr(t, d), self.vtuple_expr(t, d), self.bool_expr(d)
        if a.fixed and b.fixed:
            a, b = (self.unfixed(a), b) if self.chance(0.5) else (a, self.unfixed(b))
        return Expr(f"({a.text} if {c.text} else {b.text})", t, min(a.lo, b.lo), max(a.hi, b.hi))

    def vtuple_boolop(self, t: str, d: int) -> Expr:
        """`a or b`, `a and b`: the operand that decides, a fixed tuple beside a var tuple made one."""
        a, b = self.vtuple_expr(t, d), self.vtuple_expr(t, d)
        if a.fixed and b.fixed:
            b = self.unfixed(b)
        op = self.rng.choice(["or", "and"])
        return Expr(f"({a.text} {op} {b.text})", t, min(a.lo, b.lo), max(a.hi, b.hi))

    def vtuple_gen(self, t: str, d: int) -> Expr:
        """`tuple(e for x in it if c)`: a generator expression."""
        et = elem(t)
        text, src, inner, filtered = self.comprehension(d, False, lambda: self.element(et, d).text)
        return Expr(f"tuple({text})", t, 0 if filtered else src.lo * inner, src.hi * inner)

    def vtuple_call(self, t: str, d: int) -> Expr:
        return self.list_call(t, d)  # a sized value returned: its length is at least the function's ret_lo

    def list_fromvtuple(self, t: str, d: int) -> Expr:
        """`list(t)` or `sorted(t)` of a var tuple."""
        et = elem(t)
        if et not in ("int", "float", "bool", "str"):
            return self.list_literal(t, d)
        a = self.vtuple_expr(f"tuple[{et}, ...]", d)
        self.charge(a.hi / 4)
        if self.chance(0.5):
            return Expr(f"list({a.text})", t, a.lo, a.hi)
        return Expr(f"sorted({a.text}{self.sort_args(et, d)})", t, a.lo, a.hi)

    def bool_vtcmp(self, d: int) -> Expr:
        """Var tuples compared item by item, with each other or with a fixed tuple."""
        t = self.some_type("vtuple")
        if t is None:
            return self.leaf("bool")
        a, b = self.vtuple_expr(t, d), self.vtuple_expr(t, d)
        if a.fixed and b.fixed and self.chance(0.5):  # two fixed tuples compare too, of any lengths
            b = self.unfixed(b)
        return Expr(f"({a.text} {self.rng.choice(COMPARE)} {b.text})", "bool")

    def hashed(self, t: str, d: int, count: int) -> list[str]:
        """Var tuples to put in a set or dict (a fixed one would make a set[tuple[int, int]])."""
        return [self.unfixed(self.vtuple_expr(t, d)).text for _ in range(count)]

    def bool_vthash(self, d: int) -> Expr:
        """A var tuple looked up in a set or dict of var tuples (hashed as CPython hashes them)."""
        t = self.some_type("vtuple")
        if t is None:
            return self.leaf("bool")
        x, *keys = self.hashed(t, d, self.rng.randint(2, 4))
        pairs = ", ".join(f"{k}: {i}" for i, k in enumerate(keys))
        box = f"{{{', '.join(keys)}}}" if self.chance(0.6) else f"{{{pairs}}}"
        if self.chance(0.3):  # a set display of fixed tuples holds var tuples when one is looked up in it
            box = f"{{{', '.join(self.vtuple_expr(t, d).text for _ in keys)}}}"
        return Expr(f"({x} {self.rng.choice(['in', 'not in'])} {box})", "bool")

    def int_vthash(self, d: int) -> Expr:
        """How many distinct var tuples a set holds, or a dict's value for one."""
        t = self.some_type("vtuple")
        if t is None:
            return self.leaf("int")
        keys = self.hashed(t, d, self.rng.randint(1, 4))
        if self.chance(0.5):
            return Expr(f"len({{{', '.join(keys)}}})", "int", 1, len(keys))
        pairs = ", ".join(f"{k}: {i}" for i, k in enumerate(keys))
        return Expr(f"{{{pairs}}}.get({self.hashed(t, d, 1)[0]}, -1)", "int", -1, len(keys) - 1)

    def stmt_vtunpack(self) -> None:
        """`a, b = t` of a var tuple whose length is known (else ValueError: a deliberate ending only)."""
        t = self.some_type("vtuple")
        if t is None:
            return self.stmt_value_assign()
        e = self.vtuple_expr(t, 2)
        if e.lo >= 1 and self.chance(0.4):
            return self.starred_unpack(e, min(int(e.lo), 3))
        if e.fixed or e.lo != e.hi or not 1 <= e.lo <= 4:  # a tuple of `n` items made from a tuple or a list
            items = [self.element(elem(t), 2).text for _ in range(self.rng.randint(1, 3))]
            source = self.vtuple_of(items, t).text if self.chance(0.5) else f"[{', '.join(items)}]"
            e = Expr(f"tuple({source})", t, len(items), len(items))
        names = [self.fresh("u") for _ in range(int(e.lo))]
        self.emit(f"{', '.join(names)}{',' if len(names) == 1 else ''} = {e.text}")
        for name in names:
            self.declare(self.part_var(name, elem(t)))

    def starred_unpack(self, e: Expr, k: int) -> None:
        """`a, *rest, z = t` with k names besides the starred one (t has at least k items): rest is a
        new list of what they leave."""
        et = elem(e.type)
        names = [self.fresh("u") for _ in range(k)]
        rest = self.fresh("l")
        star = self.rng.randint(0, k)
        targets = [*names[:star], f"*{rest}", *names[star:]]
        self.emit(f"{', '.join(targets)}{',' if not names else ''} = {e.text}")
        for name in names:
            self.declare(self.part_var(name, et))
        self.declare(Var(rest, f"list[{et}]", max(e.hi - k, 0), lo=max(int(e.lo) - k, 0), owner=self.in_function,
                         readonly=True))

    def end_vtindex(self) -> None:
        """IndexError: tuple index out of range."""
        v = self.some_var("vtuple")
        self.index_past(v.name if v is not None else "tuple([1, 2, 3])")

    def end_vtmissing(self) -> None:
        """ValueError: tuple.index(x): x not in tuple (x outside the range of the elements), or a zero step."""
        v = self.some_var("vtuple", "int")
        if v is None:
            self.emit(f"print(tuple([1, 2, 3]).index({self.rng.choice([0, 4])}))")
        elif self.chance(0.7):
            self.emit(f"print({v.name}.index({int(elem_range('int')[1]) + 1}))")
        else:
            self.emit(f"print({v.name}[::0])")

    def end_vtunpack(self) -> None:
        """ValueError: too many (or not enough) values to unpack."""
        names = [self.fresh("z") for _ in range(self.rng.choice([2, 3]))]
        items = self.rng.choice(["tuple([1, 2, 3, 4])", "tuple([7])", "tuple('abcde')", "tuple(range(6))", "tuple([1.5])"])
        self.emit(f"{', '.join(names)} = {items}")
        self.emit(f"print({', '.join(names)})")
