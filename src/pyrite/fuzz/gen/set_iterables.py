"""set methods given iterables that are not sets, or several of them (feature "sets").

    s.update(xs, d)   s.union(xs, "ab")   s.intersection(xs)   s.difference(d, r)
    s.symmetric_difference(xs)   s.issubset(xs)   s.issuperset(d)   s.isdisjoint(r)

An argument is a list of the set's element type, a dict with keys of that type
(its keys), a set, a str for a set[str] (its characters) or, with "ranges", a
short range for a set[int]. Its Expr's lo/hi bound its number of items, so the
result's size is bounded as for the operators (sets.py). `update` runs only in
the frame that owns the set, never while a loop iterates over it, and under a
guard that keeps it within SETBOX whatever the arguments evaluate to.
"""

from __future__ import annotations

from .ranges import SETBOX, Expr
from .shapes import dict_kv, elem, kind, value_types

MANY = ("union", "intersection", "difference")  # and update: any number of iterables
ONE = ("symmetric_difference",)
TESTS = ("issubset", "issuperset", "isdisjoint")


class SetIterables:
    """Generator methods for set methods taking iterables (mixed into Generator)."""

    def set_iterable(self, t: str, d: int) -> Expr:
        """An iterable of the elements of set type `t` (its lo/hi: how many items it yields)."""
        et = elem(t)
        kinds = ["list", "list", "set"]
        dicts = [u for u in value_types(self) if kind(u) == "dict" and dict_kv(u)[0] == et]
        kinds += ["dict"] * 2 if dicts else []
        kinds += ["str"] * 2 if et == "str" else []
        kinds += ["range"] * 2 if et == "int" and self.has("ranges") else []
        k = self.rng.choice(kinds)
        if k == "list":
            lt = f"list[{et}]"
            return self.list_expr(lt, d) if self.has("lists") else self.list_literal(lt, d)
        if k == "dict":
            return self.value_expr(self.rng.choice(dicts), d)
        if k == "str":
            return self.str_expr(d)
        if k == "range":
            return self.short_range(d, SETBOX)
        return self.set_expr(t, d)

    def set_iterop(self, t: str, d: int) -> Expr:
        """s.union(...), s.intersection(...), s.difference(...) of 0 to 2 iterables, s.symmetric_difference(xs)."""
        s = self.set_expr(t, d)
        name = self.rng.choice(MANY + ONE)
        count = 1 if name in ONE else self.rng.choice([0, 1, 1, 2, 2, 3])
        args = [self.set_iterable(t, d) for _ in range(count)]
        items = sum(a.hi for a in args)
        self.charge((s.hi + items) / 8)
        text = f"{s.text}.{name}({', '.join(a.text for a in args)})"
        if name == "union":
            return Expr(text, t, max([s.lo] + [min(a.lo, 1) for a in args]), s.hi + items)
        if name == "symmetric_difference":
            return Expr(text, t, 0, s.hi + items)
        return Expr(text, t, s.lo if not args else 0, s.hi)

    def bool_setiter(self, d: int) -> Expr:
        t = self.some_type("set")
        if t is None:
            return self.leaf("bool")
        s, xs = self.set_expr(t, d), self.set_iterable(t, d)
        self.charge((s.hi + xs.hi) / 8)
        return Expr(f"{s.text}.{self.rng.choice(TESTS)}({xs.text})", "bool")

    def stmt_set_update(self) -> None:
        """`s.update(a, b)` guarded: a named argument by its length, another by its bound (evaluated once)."""
        sets = self.sets_to_resize()
        if not sets:
            return self.stmt_set_change()
        v = self.rng.choice(sets)
        args = [self.set_iterable(v.type, 1) for _ in range(self.rng.choice([1, 2, 2, 3]))]
        bound = sum(int(a.hi) for a in args if not a.text.isidentifier())
        calls = any(f"{f.name}(" in a.text for a in args for f in self.funcs)  # a call may grow a named list
        if bound > SETBOX - 1 or calls and bound < sum(int(a.hi) for a in args):
            return self.stmt_set_change()
        sizes = [f"len({a.text})" for a in args if a.text.isidentifier()]
        self.emit(f"if {' + '.join([f'len({v.name})'] + sizes + [str(bound)] * (bound > 0))} <= {SETBOX}:")
        self.emit(f"    {v.name}.update({', '.join(a.text for a in args)})")
