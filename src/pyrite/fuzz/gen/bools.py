"""Bool expressions: comparisons and chains of ints and floats, not/and/or, predicates."""

from __future__ import annotations

from .ranges import Expr


class BoolExprs:
    """Generator methods for bool expressions (mixed into Generator)."""

    def bool_expr(self, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.2):
            return self.bool_compare(depth - 1) if self.has("compare") and self.chance(0.7) else self.leaf("bool")
        kinds = ["leaf"]
        if self.has("compare"):
            kinds += ["compare", "compare", "compare"]
        if self.has("chain"):
            kinds.append("chain")
        if self.has("bool_ops"):
            kinds += ["not", "andor"]
        if self.has("andor"):
            kinds.append("andor")
        if self.has("builtins"):
            kinds.append("convert")
        if self.has("math"):
            kinds.append("math")
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.funcs:
            kinds.append("call")
        if self.has("truthy"):
            kinds.append("truthy")
        if self.has("boolarith"):
            kinds.append("boolarith")
        for feature, names in self.more_kinds("bool"):
            if self.has(feature):
                kinds += names
        return getattr(self, "bool_" + self.rng.choice(kinds))(depth - 1)

    def bool_leaf(self, d: int) -> Expr:
        return self.leaf("bool")

    def bool_compare(self, d: int) -> Expr:
        a, b = self.operand(max(d, 0)), self.operand(max(d, 0))
        op = self.rng.choice(["<", "<=", ">", ">=", "==", "!="])
        return Expr(f"({a.text} {op} {b.text})", "bool")

    def bool_chain(self, d: int) -> Expr:
        parts = [self.operand(d).text]
        for _ in range(self.rng.randint(2, 3)):
            parts.append(self.rng.choice(["<", "<=", ">", ">=", "==", "!="]))
            parts.append(self.operand(d).text)
        return Expr(f"({' '.join(parts)})", "bool")

    def bool_not(self, d: int) -> Expr:
        return Expr(f"(not {self.bool_expr(d).text})", "bool")

    def bool_andor(self, d: int) -> Expr:
        a, b = self.bool_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} {self.rng.choice(['and', 'or'])} {b.text})", "bool")

    def bool_convert(self, d: int) -> Expr:
        if self.chance(0.1):
            return Expr("bool()", "bool")
        e = self.operand(d)
        return Expr(f"bool({e.text})", "bool")

    def bool_math(self, d: int) -> Expr:
        fn = self.rng.choice(["isnan", "isinf", "isfinite"])
        return Expr(f"math.{fn}({self.float_expr(d).text})", "bool")

    def bool_ifexp(self, d: int) -> Expr:
        a, b, c = self.bool_expr(d), self.bool_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "bool")

    def bool_call(self, d: int) -> Expr:
        fs = self.callable_funcs("bool")
        if not fs:
            return self.leaf("bool")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "bool")

    def bool_truthy(self, d: int) -> Expr:
        """An int or float tested for truth: `not x`, or `x and y` inside a condition."""
        return Expr(f"(not {self.operand(d).text})", "bool")

    def bool_boolarith(self, d: int) -> Expr:
        """`&`, `|`, `^` of two bools are bools; bools compare as 0 and 1."""
        a, b = self.bool_expr(d), self.bool_expr(d)
        op = self.rng.choice(["&", "|", "^", "==", "!=", "<", ">="])
        return Expr(f"({a.text} {op} {b.text})", "bool")
