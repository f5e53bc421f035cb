"""set expressions and statements (feature "sets").

A set[int] or set[float] prints and iterates in CPython's hash-table order, which
Pyrite reproduces; a set[str]'s order changes from one CPython process to the
next, so a set[str] is only measured, tested and printed through sorted(). A
set's size stays in [lo, SETBOX]; it changes only in the frame that owns it, and
never while a loop iterates over it.
"""

from __future__ import annotations

from .ranges import SETBOX, Expr, Var
from .shapes import elem, kind

OPERATORS = ("|", "&", "-", "^")
METHODS = {"|": "union", "&": "intersection", "-": "difference", "^": "symmetric_difference"}


class SetExprs:
    """Generator methods for set expressions and statements (mixed into Generator)."""

    def set_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.3):
            return self.leaf(t)
        kinds = ["leaf", "lit", "lit", "fromlist", "op", "op", "copy", "iterop", "iterop"]
        if t == "set[str]":
            kinds.append("fromstr")
        if t == "set[int]" and self.has("ranges"):
            kinds.append("fromrange")
        if self.has("comprehensions"):
            kinds += ["comp", "comp"]
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.callable_funcs(t):
            kinds.append("call")
        return getattr(self, "set_" + self.rng.choice(kinds))(t, depth - 1)

    def set_leaf(self, t: str, d: int) -> Expr:
        return self.leaf(t)

    def set_lit(self, t: str, d: int) -> Expr:
        et = elem(t)
        items = [self.fit(self.expr(et, d), et).text for _ in range(self.rng.randint(1, 5))]
        return Expr(f"{{{', '.join(items)}}}", t, 1, len(items))

    def set_fromlist(self, t: str, d: int) -> Expr:
        lt = f"list[{elem(t)}]"
        xs = self.list_expr(lt, d) if self.has("lists") else self.list_literal(lt, d)
        return Expr(f"set({xs.text})", t, min(xs.lo, 1), xs.hi)

    def set_fromstr(self, t: str, d: int) -> Expr:
        s = self.str_expr(d)
        return Expr(f"set(list({s.text}))", t, min(s.lo, 1), s.hi)  # set() of a str is not supported

    def set_op(self, t: str, d: int) -> Expr:
        a, b = self.set_expr(t, d), self.set_expr(t, d)
        op = self.rng.choice(OPERATORS)
        if self.chance(0.4):
            text = f"{a.text}.{METHODS[op]}({b.text})"
        else:
            text = f"({a.text} {op} {b.text})"
        self.charge((a.hi + b.hi) / 8)
        lo = max(a.lo, b.lo) if op == "|" else 0
        hi = a.hi + b.hi if op in "|^" else a.hi if op == "-" else min(a.hi, b.hi)
        return Expr(text, t, lo, hi)

    def set_copy(self, t: str, d: int) -> Expr:
        a = self.set_expr(t, d)
        return Expr(f"{a.text}.copy()" if self.chance(0.5) else f"set({a.text})", t, a.lo, a.hi)

    def set_comp(self, t: str, d: int) -> Expr:
        return self.set_comprehension(t, d)

    def set_ifexp(self, t: str, d: int) -> Expr:
        a, b, c = self.set_expr(t, d), self.set_expr(t, d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", t, min(a.lo, b.lo), max(a.hi, b.hi), alias=a.alias or b.alias)

    def set_call(self, t: str, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs(t))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), t, f.ret_lo, SETBOX)

    def bool_setcmp(self, d: int) -> Expr:
        t = self.some_type("set")
        if t is None:
            return self.leaf("bool")
        a, b = self.set_expr(t, d), self.set_expr(t, d)
        if self.chance(0.4):
            return Expr(f"{a.text}.{self.rng.choice(['issubset', 'issuperset', 'isdisjoint'])}({b.text})", "bool")
        return Expr(f"({a.text} {self.rng.choice(['==', '!=', '<', '<=', '>', '>='])} {b.text})", "bool")

    def sets_to_resize(self) -> list[Var]:
        return [v for v in self.visible() if kind(v.type) == "set" and self.owns(v) and not v.frozen]

    def stmt_set_change(self) -> None:
        """add (below SETBOX), discard/remove/pop (above lo), and the in-place operators."""
        sets = self.sets_to_resize()
        if not sets:
            return self.stmt_value_assign()
        v = self.rng.choice(sets)
        et = elem(v.type)
        x = self.fit(self.expr(et, 2), et)
        k = self.rng.randrange(6)
        if k == 0:
            self.emit(f"if len({v.name}) < {SETBOX}:")
            self.emit(f"    {v.name}.add({x.text})")
        elif k == 1:
            self.emit(f"if len({v.name}) > {v.lo}:")
            self.emit(f"    {v.name}.discard({x.text})")
        elif k == 2:
            self.emit(f"if {x.text} in {v.name} and len({v.name}) > {v.lo}:")
            self.emit(f"    {v.name}.remove({x.text})")
        elif k == 3 and et != "str":  # which element pop takes follows the hash order
            self.emit(f"if len({v.name}) > {v.lo}:")
            self.emit(f"    print({v.name}.pop())")
        elif k == 4 and v.lo == 0:
            other = self.set_expr(v.type, 1)
            op = self.rng.choice(["&=", "-=", "^=", "|="])
            self.emit(f"{v.name} {op} {other.text}")
            self.emit(f"if len({v.name}) > {SETBOX}:")
            self.emit(f"    {v.name}.clear()" if self.chance(0.5) else f"    {v.name} = set(sorted({v.name})[:{SETBOX}])")
        else:
            other = self.value_expr(f"list[{et}]", 1) if self.has("lists") and self.chance(0.5) else self.set_expr(v.type, 1)
            self.emit(f"if len({v.name}) + len({other.text}) <= {SETBOX}:")
            other_set = f"set({other.text})" if kind(other.type) == "list" else other.text
            self.emit(f"    {v.name}.update({other_set})" if self.chance(0.5) else f"    {v.name} |= {other_set}")
