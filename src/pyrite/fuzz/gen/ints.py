"""Int expressions: arithmetic, bitwise ops, builtins, math functions, calls.

Each result interval is computed from its operands'; operands that could take
a result past 64 bits are first made small (`small`, `boxed`), divisors nonzero.
"""

from __future__ import annotations

from .ranges import LIMIT, NORMAL, Expr


class IntExprs:
    """Generator methods for int expressions (mixed into Generator)."""

    def int_expr(self, depth: int) -> Expr:
        own = [("int_arith", ["add", "add", "mul", "div", "unary", "pow"]),
               ("bitwise", ["bit", "shift", "invert"])]
        return self.typed_expr("int", depth, own, math_weight=1, limit=LIMIT)

    def int_leaf(self, d: int) -> Expr:
        return self.leaf("int")

    def int_add(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        if self.chance(0.5):
            return Expr(f"({a.text} + {b.text})", "int", a.lo + b.lo, a.hi + b.hi)
        return Expr(f"({a.text} - {b.text})", "int", a.lo - b.hi, a.hi - b.lo)

    def int_mul(self, d: int) -> Expr:
        a, b = self.small(self.int_expr(d), 1 << 24), self.small(self.int_expr(d), 1 << 24)
        ps = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return Expr(f"({a.text} * {b.text})", "int", min(ps), max(ps))

    def int_div(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.nonzero_int(self.int_expr(d))
        if self.chance(0.5):
            return Expr(f"({a.text} // {b.text})", "int", -a.mag - 1, a.mag + 1)
        return Expr(f"({a.text} % {b.text})", "int", -b.mag, b.mag)

    def int_unary(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.5):
            return Expr(f"(-{a.text})", "int", -a.hi, -a.lo)
        return Expr(f"(+{a.text})", "int", a.lo, a.hi)

    def int_pow(self, d: int) -> Expr:
        a = self.small(self.int_expr(d), 1000)
        e = self.rng.randint(0, 4)
        if a.mag > 100 and e > 2:
            a = Expr(f"({a.text} % 16)", "int", 0, 15)
        m = a.mag ** e
        if self.has("builtins") and self.chance(0.3):
            mod = self.rng.choice([7, 13, 1000, 65537, -7, 1])
            return Expr(f"pow({a.text}, {e}, {mod})", "int", min(0, mod + 1), max(0, mod - 1))
        if self.has("builtins") and self.chance(0.3):
            return Expr(f"pow({a.text}, {e})", "int", -m, m)
        return Expr(f"(({a.text}) ** {e})", "int", -m, m)

    def int_bit(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.4):
            mask = self.rng.choice([0xFF, 0xFFFF, 7, 0x5555, 1])
            return Expr(f"({a.text} & {mask:#x})", "int", 0, mask)
        b = self.int_expr(d)
        bits = int(max(a.mag, b.mag)).bit_length()
        op = self.rng.choice(["&", "|", "^"])
        return Expr(f"({a.text} {op} {b.text})", "int", -(1 << bits), (1 << bits) - 1)

    def int_shift(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.5):
            s = self.rng.choice([0, 1, 3, 7, 20, 31, 62, 63, 64, 65, 100]) if self.chance(0.5) else self.rng.randint(0, 20)
            return Expr(f"({a.text} >> {s})", "int", -a.mag, a.mag)
        a = self.small(a, 1 << 20)
        s = self.rng.randint(0, 12)
        return Expr(f"({a.text} << {s})", "int", -a.mag * (1 << s), a.mag * (1 << s))

    def int_invert(self, d: int) -> Expr:
        a = self.int_expr(d)
        return Expr(f"(~{a.text})", "int", -a.hi - 1, -a.lo - 1)

    def int_ifexp(self, d: int) -> Expr:
        a, b, c = self.int_expr(d), self.int_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "int", min(a.lo, b.lo), max(a.hi, b.hi))

    def int_andor(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        op = self.rng.choice(["and", "or"])
        return Expr(f"({a.text} {op} {b.text})", "int", min(a.lo, b.lo, 0), max(a.hi, b.hi, 0))

    def int_builtin(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        k = self.rng.randrange(4)
        if k == 0:
            return Expr(f"abs({a.text})", "int", 0, a.mag)
        if k == 1:
            fn = self.rng.choice(["min", "max"])
            args = [a, b] + ([self.int_expr(d)] if self.chance(0.3) else [])
            return Expr(f"{fn}({', '.join(x.text for x in args)})", "int", min(x.lo for x in args), max(x.hi for x in args))
        if k == 2:
            if self.chance(0.5):
                return Expr(f"round({a.text}, {self.rng.randint(-3, 1)})", "int", -a.mag - 1000, a.mag + 1000)
            return Expr(f"round({a.text})", "int", a.lo, a.hi)
        b = self.nonzero_int(b)
        return Expr(f"({a.text} // {b.text})", "int", -a.mag - 1, a.mag + 1)

    def int_convert(self, d: int) -> Expr:
        k = self.rng.randrange(4)
        if k == 3:
            return Expr("int()", "int", 0, 0)
        if k == 0:
            f = self.small(self.float_expr(d), 1e12)
            return Expr(f"int({f.text})", "int", -f.mag, f.mag)
        if k == 1:
            f = self.small(self.float_expr(d), 1e12)
            return Expr(f"round({f.text})", "int", -f.mag - 1, f.mag + 1)
        b = self.bool_expr(d)
        return Expr(f"int({b.text})", "int", 0, 1)

    def int_math(self, d: int) -> Expr:
        k = self.rng.randrange(4)
        if k == 0:
            f = self.small(self.float_expr(d), 1e12)
            fn = self.rng.choice(["floor", "ceil", "trunc"])
            return Expr(f"math.{fn}({f.text})", "int", -f.mag - 1, f.mag + 1)
        if k == 1:
            a, b = self.int_expr(d), self.int_expr(d)
            return Expr(f"math.gcd({a.text}, {b.text})", "int", 0, max(a.mag, b.mag))
        if k == 2:
            a = self.int_expr(d)
            return Expr(f"math.factorial({a.text} % 10)" if a.lo < 0 or a.hi > 9 else f"math.factorial({a.text})", "int", 1, 362880)
        f = self.small(self.float_expr(d), 1e12)
        return Expr(f"int(round({f.text}, {self.rng.randint(0, 3)}))", "int", -f.mag - 1, f.mag + 1)

    def int_call(self, d: int) -> Expr:
        fs = self.callable_funcs("int")
        if not fs:
            return self.leaf("int")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "int", -NORMAL, NORMAL)

    def int_boolarith(self, d: int) -> Expr:
        """Bools in int arithmetic (True + True is 2, -True is -1, ~False is -1, True & 5 is 1)."""
        a, b = self.bool_expr(d), self.bool_expr(d)
        k = self.rng.randrange(4)
        if k == 0:
            op = self.rng.choice(["+", "-", "*"])
            return Expr(f"({a.text} {op} {b.text})", "int", -1, 2)
        if k == 1:
            return Expr(f"({self.rng.choice(['-', '~', '+'])}{a.text})", "int", -2, 1)
        i = self.small(self.int_expr(d), 1 << 20)
        op = self.rng.choice(["&", "|", "^", "*", "+"])
        return Expr(f"({a.text} {op} {i.text})", "int", -i.mag - 2, i.mag + 2)
