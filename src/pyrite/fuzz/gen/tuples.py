"""tuple expressions, comparisons and unpacking (feature "tuples").

Tuples are fixed: `tuple[int, str]`, `tuple[int, int]`, `tuple[float, bool, int]`,
and lists of pairs; every part is fitted to its type's box when the tuple is made. A tuple
of type t is also made by joining two packs, or by slicing a longer or repeated tuple with
literal bounds (`(t + (1.5,))[:2]`, `(t * 2)[2:]`): Pyrite keeps the item types there. It is
compared with tuples one longer or shorter, whose items agree as far as the shorter goes,
and the least or greatest of two or three is taken (`max(a, b)`).
"""

from __future__ import annotations

from .ranges import PARAM, Expr, Var
from .shapes import kind, tuple_parts
from .values import elem_range


class TupleExprs:
    """Generator methods for tuples (mixed into Generator)."""

    def tuple_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.3):
            return self.leaf(t)
        kinds = ["leaf", "pack", "pack", "pick", "joined"]
        if all(p in ("int", "float", "bool", "str") for p in tuple_parts(t)):
            kinds.append("extreme")
        if t == "tuple[int, int]":
            kinds.append("divmod")
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.callable_funcs(t):
            kinds.append("call")
        return getattr(self, "tuple_" + self.rng.choice(kinds))(t, depth - 1)

    def tuple_leaf(self, t: str, d: int) -> Expr:
        return self.leaf(t)

    def tuple_pack(self, t: str, d: int) -> Expr:
        parts = [self.element(p, d).text for p in tuple_parts(t)]
        return Expr(f"({', '.join(parts)})", t)

    def tuple_pick(self, t: str, d: int) -> Expr:
        """An element of a list of tuples, or the least or greatest of one."""
        lt = f"list[{t}]"
        pairs = [v for v in self.visible(lt)]
        if not pairs:
            return self.tuple_pack(t, d)
        xs = self.var_expr(self.rng.choice(pairs))
        if self.has("sorting") and self.chance(0.4):
            return self.nonempty_call(self.rng.choice(["min", "max"]), xs, t, d)
        return self.item(xs, t, d)

    def tuple_joined(self, t: str, d: int) -> Expr:
        """t made by `+` of two packs, or cut with literal bounds out of a longer or repeated t."""
        parts = tuple_parts(t)
        n = len(parts)
        way = self.rng.randrange(3)
        if way == 0:
            k = self.rng.randint(0, n)
            return Expr(f"({self.pack(parts[:k], d)} + {self.pack(parts[k:], d)})", t)
        e = self.tuple_expr(t, d)
        if way == 1:
            extra = self.pack([self.rng.choice(["int", "float", "str", "bool"]) for _ in range(self.rng.randint(1, 2))], d)
            if self.chance(0.5):
                return Expr(f"({e.text} + {extra})[:{n}]", t)
            return Expr(f"({extra} + {e.text})[-{n}:]", t)
        count = self.rng.choice(["2", "3"])
        text = f"({e.text} * {count})" if self.chance(0.5) else f"({count} * {e.text})"
        return Expr(f"{text}[{self.rng.choice([f':{n}', f'{n}:{2 * n}', f'-{n}:'])}]", t)

    def tuple_extreme(self, t: str, d: int) -> Expr:
        """`max(a, b)`, `min(a, b, c)`: tuples ordered item by item, the first of equals kept."""
        items = [self.tuple_expr(t, d).text for _ in range(self.rng.randint(2, 3))]
        return Expr(f"{self.rng.choice(['min', 'max'])}({', '.join(items)})", t)

    def pack(self, parts: list[str], d: int) -> str:
        items = [self.element(p, d).text for p in parts]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"  # `()` for none

    def tuple_divmod(self, t: str, d: int) -> Expr:
        a = self.fit(self.int_expr(d), "int")
        b = self.nonzero_int(self.fit(self.int_expr(d), "int"))
        return Expr(f"divmod({a.text}, {b.text})", t)

    def tuple_ifexp(self, t: str, d: int) -> Expr:
        a, b, c = self.tuple_expr(t, d), self.tuple_expr(t, d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", t)

    def tuple_call(self, t: str, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs(t))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), t)

    def bool_tuplecmp(self, d: int) -> Expr:
        t = self.some_type("tuple")
        if t is None:
            return self.leaf("bool")
        a, b = self.tuple_expr(t, d), self.tuple_expr(t, d)
        op = self.rng.choice(['==', '!=', '<', '<=', '>', '>='])
        if self.chance(0.3):  # a shorter tuple: a prefix of b's item types, or b with one more item
            n = len(tuple_parts(t))
            if self.chance(0.5):
                return Expr(f"({a.text}[:{self.rng.randint(0, n - 1)}] {op} {b.text})", "bool")
            return Expr(f"({a.text} {op} {b.text} + {self.pack([self.rng.choice(['int', 'str'])], d)})", "bool")
        return Expr(f"({a.text} {op} {b.text})", "bool")

    def stmt_unpack(self) -> None:
        """`a, b = t` (new names), sometimes nested: `x, (a, b) = e, t`."""
        t = self.some_type("tuple")
        if t is None:
            return self.stmt_value_assign()
        e = self.tuple_expr(t, 2)
        names = [self.fresh("u") for _ in tuple_parts(t)]
        if self.chance(0.25):
            first = self.fresh("u")
            x = self.fit(self.int_expr(2), "int")
            self.emit(f"{first}, ({', '.join(names)}) = {x.text}, {e.text}")
            self.declare(Var(first, "int", max(x.mag, 1), readonly=True))
        else:
            self.emit(f"{', '.join(names)} = {e.text}")
        for name, part in zip(names, tuple_parts(t)):
            self.declare(self.part_var(name, part))

    def part_var(self, name: str, t: str) -> Var:
        """A read-only variable holding a tuple's or container's element of type `t` (an inner list is
        another container's: through this name it only grows, guarded)."""
        lo, hi = elem_range(t)
        if kind(t) == "str":
            return Var(name, t, hi, lo=0, owner=self.in_function, readonly=True)
        if kind(t) == "list":
            return Var(name, t, hi, lo=0, owner=PARAM, readonly=True)
        return Var(name, t, hi if t in ("int", "float") else 1, readonly=True, owner=self.in_function)
