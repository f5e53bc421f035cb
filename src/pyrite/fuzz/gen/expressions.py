"""Expressions shared by every type: literals, variables, and the kind-drawing dispatch.

An expression of a type is drawn from the kinds the program's features allow
(`typed_expr`); the per-type kinds are in ints.py, floats.py and bools.py, and
the kinds the str and container features add to them (values.MORE_KINDS) in
strings.py, measures.py, tuples.py, optionals.py and lambdas.py. Each returns an
`Expr` with the interval its value lies in; the other types go to values.py.
"""

from __future__ import annotations

from .ranges import Expr


class Expressions:
    """Generator methods for literals, leaves and kind dispatch (mixed into Generator)."""

    def literal(self, type_: str, big: bool = True) -> Expr:
        if type_ == "int" and big and self.has("bigint") and self.chance(0.15):
            v = self.rng.choice([2**53, 2**53 + 1, 2**62 - 1, -(2**62) + 1, 2**61 + 12345, 10**18, -(10**17) - 3, 2**60])
            return Expr(f"({v})" if v < 0 else str(v), "int", v, v)
        if type_ == "int":
            v = self.rng.choice([0, 1, 2, 3, -1, 7, 10, 100, -42, 255, 1000, 65535, self.rng.randint(-1000, 1000)])
            return Expr(str(v) if v >= 0 else f"({v})" if self.chance(0.3) else str(v), "int", v, v)
        if type_ == "float":
            v = self.rng.choice([0.0, 0.5, 1.0, 2.0, -1.5, 0.1, 3.14159, 1e-3, 123.25, -0.0, 2.5e5, self.rng.randint(-999, 999) / 8])
            return Expr(repr(v) if not str(v).startswith("-") else f"({v!r})", "float", -abs(v), abs(v))
        if type_ == "bool":
            return Expr(self.rng.choice(["True", "False"]), "bool", 0, 1)
        return self.new_literal(type_)

    def expr(self, type_: str, depth: int = 3) -> Expr:
        if type_ == "int":
            return self.int_expr(depth)
        if type_ == "float":
            return self.float_expr(depth)
        if type_ == "bool":
            return self.bool_expr(depth)
        return self.value_expr(type_, depth)

    def leaf(self, type_: str) -> Expr:
        vars_ = self.visible(type_)
        if vars_ and self.chance(0.75):
            v = self.rng.choice(vars_)
            if type_ not in ("int", "float", "bool"):
                return self.var_expr(v)
            return Expr(v.name, type_, -v.box, v.box)
        return self.literal(type_)

    def typed_expr(self, ty: str, depth: int, own: list, math_weight: int, limit: float) -> Expr:
        """An expression of type `ty`, drawn from the kinds the program's features allow:
        its own (feature, kinds) pairs first, then the kinds int and float share."""
        if depth <= 0 or self.chance(0.25):
            return self.leaf(ty)
        kinds = ["leaf"]
        for feature, names in own + self.more_kinds(ty):
            if self.has(feature):
                kinds += names
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.has("andor"):
            kinds.append("andor")
        if self.has("builtins"):
            kinds += ["builtin", "convert"]
        if self.has("math"):
            kinds += ["math"] * math_weight
        if self.funcs:
            kinds.append("call")
        if self.has("boolarith"):
            kinds.append("boolarith")
        e = getattr(self, f"{ty}_" + self.rng.choice(kinds))(depth - 1)
        if e.mag > limit:
            e = self.boxed(e, ty)
        return e

    def operand(self, d: int) -> Expr:
        return self.int_expr(d) if self.chance(0.6) else self.float_expr(d)
