"""Optionals (feature "optionals"): `T | None` variables, parameters and returns, and narrowing.

An optional is used as its T only where Pyrite narrows it: `o if o is not None
else d`, `o is not None and o > e`, and inside `if o is not None:` (where the
generator sees a read-only T variable of the same name, and `o` itself may not
be reassigned: Var.frozen).
"""

from __future__ import annotations

from .ranges import Expr, Scope, Var
from .shapes import kind, opt_inner


class Optionals:
    """Generator methods for optionals (mixed into Generator)."""

    def opt_expr(self, t: str, depth: int) -> Expr:
        inner = opt_inner(t)
        kinds = ["none", "value", "value", "leaf"]
        if self.callable_funcs(t):
            kinds.append("call")
        k = self.rng.choice(kinds)
        if k == "none" or depth <= 0 and k == "value":
            return Expr("None", t)
        if k == "leaf":
            return self.leaf(t)
        if k == "call":
            f = self.rng.choice(self.callable_funcs(t))
            self.cost += f.cost * self.mult
            return Expr(self.call_text(f), t)
        return self.as_type(self.element(inner, depth - 1), t)

    def optionals(self, inner: str) -> list[Var]:
        return [v for v in self.visible(f"{inner} | None") if self.owns(v) or v.owner is not None]

    def or_else(self, inner: str, d: int) -> Expr:
        opts = self.optionals(inner)
        if not opts:
            return self.leaf(inner)
        v = self.rng.choice(opts)
        default = self.fit(self.expr(inner, d), inner)
        lo, hi = (0, v.box) if inner == "str" else (-v.box, v.box)
        text = f"({v.name} if {v.name} is not None else {default.text})"
        if self.chance(0.3):
            text = f"({default.text} if {v.name} is None else {v.name})"
        return Expr(text, inner, min(lo, default.lo), max(hi, default.hi))

    def int_orelse(self, d: int) -> Expr:
        return self.or_else("int", d)

    def float_orelse(self, d: int) -> Expr:
        return self.or_else("float", d)

    def str_orelse(self, d: int) -> Expr:
        return self.or_else("str", d)

    def bool_isnone(self, d: int) -> Expr:
        opts = [v for v in self.visible() if kind(v.type) == "opt" and (self.owns(v) or v.owner is not None)]
        if not opts:
            return self.leaf("bool")
        v = self.rng.choice(opts)
        inner = opt_inner(v.type)
        if self.chance(0.4):
            test = {"int": f"{v.name} > {self.int_expr(1).text}", "float": f"{v.name} < {self.float_expr(1).text}"}.get(
                inner, f"len({v.name}) > 1")
            return Expr(f"({v.name} is not None and {test})", "bool")
        return Expr(f"({v.name} {self.rng.choice(['is', 'is not'])} None)", "bool")

    def stmt_narrow(self) -> None:
        """`if o is not None:` with o usable as its T inside; or `if o is None: o = <a T>`."""
        opts = [v for v in self.visible() if kind(v.type) == "opt" and (self.owns(v) or v.owner is not None)]
        if not opts or self.depth >= 3:
            return self.stmt_value_assign()
        v = self.rng.choice(opts)
        inner = opt_inner(v.type)
        if not v.frozen and v in self.rebindable() and self.chance(0.25):
            self.emit(f"if {v.name} is None:")
            self.emit(f"    {v.name} = {self.element(inner, 2).text}")
            return
        view = self.param_var(v.name, inner)
        view.box = v.box
        self.emit(f"if {v.name} is not None:")
        v.frozen += 1
        self.indent += 1
        self.depth += 1
        self.scopes.append(Scope([view]))
        self.block(self.rng.randint(1, 3))
        self.print_scope(self.scopes[-1], skip=[view])
        self.scopes.pop()
        self.depth -= 1
        self.indent -= 1
        v.frozen -= 1
        if self.chance(0.4):
            self.emit("else:")
            self.nested(self.block, self.rng.randint(1, 2))
