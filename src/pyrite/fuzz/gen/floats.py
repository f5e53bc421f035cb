"""Float expressions: arithmetic, int/float mixing, builtins, the math module, calls.

Values stay finite: magnitudes are tracked, transcendental functions get
arguments they accept (`math.fmod` wraps them), divisors are kept away from zero.
"""

from __future__ import annotations

import math

from .ranges import FLIMIT, FNORMAL, Expr


class FloatExprs:
    """Generator methods for float expressions (mixed into Generator)."""

    def float_expr(self, depth: int) -> Expr:
        own = [("float_arith", ["add", "add", "mul", "div", "mod", "unary", "pow", "mixed"])]
        return self.typed_expr("float", depth, own, math_weight=2, limit=FLIMIT)

    def float_leaf(self, d: int) -> Expr:
        return self.leaf("float")

    def float_add(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        op = self.rng.choice(["+", "-"])
        return Expr(f"({a.text} {op} {b.text})", "float", -(a.mag + b.mag), a.mag + b.mag)

    def float_mul(self, d: int) -> Expr:
        a, b = self.small(self.float_expr(d), 1e6), self.small(self.float_expr(d), 1e6)
        return Expr(f"({a.text} * {b.text})", "float", -a.mag * b.mag, a.mag * b.mag)

    def float_div(self, d: int) -> Expr:
        a = self.float_expr(d)
        if self.chance(0.3):
            i, j = self.int_expr(d), self.nonzero_int(self.int_expr(d))
            return Expr(f"({i.text} / {j.text})", "float", -i.mag, i.mag)
        b = self.nonzero_float(self.float_expr(d))
        return Expr(f"({a.text} / {b.text})", "float", -2 * a.mag, 2 * a.mag)

    def float_mod(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.nonzero_float(self.float_expr(d))
        if self.chance(0.5):
            return Expr(f"({a.text} // {b.text})", "float", -2 * a.mag - 1, 2 * a.mag + 1)
        return Expr(f"({a.text} % {b.text})", "float", -b.mag, b.mag)

    def float_unary(self, d: int) -> Expr:
        a = self.float_expr(d)
        return Expr(f"(-{a.text})", "float", -a.mag, a.mag)

    def float_pow(self, d: int) -> Expr:
        a = self.small(self.float_expr(d), 1000.0)
        k = self.rng.randrange(4)
        if k == 0:
            return Expr(f"(abs({a.text}) ** 0.5)", "float", 0, math.sqrt(a.mag) + 1)
        if k == 1:
            e = self.rng.randint(0, 3)
            return Expr(f"(({a.text}) ** {e})", "float", -(a.mag ** e) - 1, a.mag ** e + 1)
        if k == 2:
            return Expr(f"((abs({a.text}) + 1.0) ** -1.5)", "float", 0, 1)
        base = self.nonzero_int(self.int_expr(d))  # int ** negative literal is a float
        return Expr(f"(({base.text}) ** -{self.rng.randint(1, 3)})", "float", -1, 1)

    def float_mixed(self, d: int) -> Expr:
        i, f = self.small(self.int_expr(d), 1e6), self.small(self.float_expr(d), 1e6)
        op = self.rng.choice(["+", "-", "*"])
        m = i.mag * f.mag if op == "*" else i.mag + f.mag
        return Expr(f"({i.text} {op} {f.text})" if self.chance(0.5) else f"({f.text} {op} {i.text})", "float", -m, m)

    def float_ifexp(self, d: int) -> Expr:
        a, b, c = self.float_expr(d), self.float_expr(d), self.bool_expr(d)
        m = max(a.mag, b.mag)
        return Expr(f"({a.text} if {c.text} else {b.text})", "float", -m, m)

    def float_andor(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        m = max(a.mag, b.mag)
        return Expr(f"({a.text} {self.rng.choice(['and', 'or'])} {b.text})", "float", -m, m)

    def float_builtin(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        k = self.rng.randrange(5)
        if k == 0:
            return Expr(f"abs({a.text})", "float", 0, a.mag)
        if k == 1:
            fn = self.rng.choice(["min", "max"])
            m = max(a.mag, b.mag)
            return Expr(f"{fn}({a.text}, {b.text})", "float", -m, m)
        if k == 2:
            return Expr(f"round({a.text}, {self.rng.randint(0, 4)})", "float", -a.mag - 1, a.mag + 1)
        if k == 3:
            return Expr(f"round({a.text}, {self.rng.randint(-3, -1)})", "float", -a.mag - 1000, a.mag + 1000)
        c = self.float_expr(d)
        m = max(a.mag, b.mag, c.mag)
        return Expr(f"{self.rng.choice(['min', 'max'])}({a.text}, {b.text}, {c.text})", "float", -m, m)

    def float_convert(self, d: int) -> Expr:
        if self.chance(0.7):
            i = self.int_expr(d)
            return Expr(f"float({i.text})", "float", -i.mag, i.mag)
        if self.chance(0.3):  # float() of a str literal is parsed at compile time
            text = self.rng.choice(["1.5", "-0.0", "1e3", " 2.5 ", "-7", "0.1", "1_000.5", "+3.25e-2", ""])
            return Expr(f'float("{text}")' if text else "float()", "float", -1000.5, 1000.5)
        return Expr(f"float({self.bool_expr(d).text})", "float", 0, 1)

    def float_math(self, d: int) -> Expr:
        a = self.float_expr(d)
        k = self.rng.randrange(13)
        if k == 12:
            b = self.float_expr(d)
            return Expr(f"math.log(abs({a.text}) + 1.0, abs({b.text}) + 2.0)", "float", 0, 60)
        if k == 0:
            return Expr(f"math.sqrt(abs({a.text}))", "float", 0, math.sqrt(a.mag) + 1)
        if k == 1:
            return Expr(f"math.exp(math.fmod({a.text}, 10.0))", "float", 0, 22027)
        if k == 2:
            fn = self.rng.choice(["log", "log2", "log10"])
            return Expr(f"math.{fn}(abs({a.text}) + 1.0)", "float", 0, 60)
        if k == 3:
            fn = self.rng.choice(["sin", "cos", "atan", "tanh"])
            a = self.small(a, 1e6)
            return Expr(f"math.{fn}({a.text})", "float", -2, 2)
        if k == 4:
            fn = self.rng.choice(["asin", "acos"])
            return Expr(f"math.{fn}(math.fmod({a.text}, 1.0))", "float", -4, 4)
        if k == 5:
            fn = self.rng.choice(["sinh", "cosh"])
            return Expr(f"math.{fn}(math.fmod({a.text}, 5.0))", "float", -75, 75)
        if k == 6:
            b = self.float_expr(d)
            return Expr(f"math.atan2({a.text}, {b.text})", "float", -4, 4)
        if k == 7:
            b = self.float_expr(d)
            return Expr(f"math.hypot({a.text}, {b.text})", "float", 0, a.mag + b.mag)
        if k == 8:
            b = self.float_expr(d)
            return Expr(f"math.copysign({a.text}, {b.text})", "float", -a.mag, a.mag)
        if k == 9:
            b = self.nonzero_float(self.float_expr(d))
            return Expr(f"math.fmod({a.text}, {b.text})", "float", -b.mag, b.mag)
        if k == 10:
            return Expr(f"math.fabs({a.text})", "float", 0, a.mag)
        c = self.rng.choice(["pi", "e", "tau"])
        return Expr(f"math.{c}", "float", -7, 7)

    def float_call(self, d: int) -> Expr:
        fs = self.callable_funcs("float")
        if not fs:
            return self.leaf("float")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "float", -FNORMAL, FNORMAL)

    def float_boolarith(self, d: int) -> Expr:
        """A bool in float arithmetic: promoted as CPython promotes it (True * 2.5 is 2.5)."""
        a, b = self.float_expr(d), self.bool_expr(d)
        op = self.rng.choice(["*", "+", "-"])
        return Expr(f"({a.text} {op} {b.text})" if self.chance(0.5) else f"({b.text} {op} {a.text})", "float",
                    -a.mag - 1, a.mag + 1)
