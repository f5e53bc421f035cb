"""Range values (feature "ranges", ADR 0012): `r = range(a, b, c)` kept, passed, returned and asked about.

Every range value keeps these invariants, so nothing about it leaves 64 bits:
its elements lie in [-NORMAL, NORMAL] (range() takes bounds fitted to NORMAL),
its step is nonzero with |step| <= NORMAL, and its start and stop lie within
one step of an element, so in [-2 * NORMAL, 2 * NORMAL]; its length is at most
RANGEBOX. A slice `r[a:b]`, `r[a:b:-1]` keeps them (its elements are some of
r's, its step is r's or -r's). A slice with a step c (|c| <= 3) multiplies the
step, which a loop could repeat past 64 bits: such a "view" is only asked
about (len, in, print, list of a short part), never stored.

An Expr of type "range" has its length's bounds as lo/hi (a sized type); a
range variable's length is at most SHORT or RANGEBOX (its box: a longer new
value is cut, `e[:SHORT]`) and at least 0 or 1 (padding is `e or range(1)`).
"""

from __future__ import annotations

from .ranges import LISTBOX, NORMAL, RANGEBOX, SETBOX, Expr

EDGE = 2 * NORMAL  # |start|, |stop| <= EDGE
SHORT = 8  # a short range variable's length bound (it is iterated, listed, summed as it is)
VIEW_STEPS = (2, 3, -1, -2, -3)


class RangeValues:
    """Generator methods for range values (mixed into Generator)."""

    def range_box(self, e: Expr) -> int:
        """A new range variable's length bound: SHORT when its first value is, mostly, else RANGEBOX."""
        return SHORT if e.hi <= SHORT and self.chance(0.8) else RANGEBOX

    def range_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.3):
            return self.leaf("range")
        kinds = ["leaf", "new", "new", "new", "slice", "slice"]
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.callable_funcs("range"):
            kinds.append("call")
        return getattr(self, "range_" + self.rng.choice(kinds))(depth - 1)

    def range_leaf(self, d: int) -> Expr:
        return self.leaf("range")

    def range_literal(self) -> Expr:
        """`range(...)` of literal ints, its length known exactly."""
        start, step = self.rng.randint(-20, 20), self.rng.choice([1, 1, 2, 3, 5, -1, -2, -4, 1000, NORMAL])
        stop = start + step * self.rng.randint(-2, 14 if abs(step) < 1000 else 0) + self.rng.choice([0, 0, 1, -1])
        n = len(range(start, stop, step))
        if step == 1 and self.chance(0.5):
            text = f"range({stop})" if start == 0 else f"range({start}, {stop})"
        else:
            text = f"range({start}, {stop}, {step})"
        return Expr(text, "range", n, n)

    def range_new(self, d: int) -> Expr:
        """range(n), range(a, b), range(a, b, c) of int expressions fitted to NORMAL (c never zero)."""
        if self.chance(0.4):
            return self.range_literal()
        a, b = self.fit(self.int_expr(d), "int"), self.fit(self.int_expr(d), "int")
        k = self.rng.randrange(3)
        if k == 0:
            return Expr(f"range({b.text})", "range", 0, max(0, min(RANGEBOX, b.hi)))
        span = max(0, min(RANGEBOX - 1, b.hi - a.lo))
        if k == 1:
            return Expr(f"range({a.text}, {b.text})", "range", 0, span)
        c = self.nonzero_int(self.fit(self.int_expr(d), "int")) if self.chance(0.5) else self.literal_step()
        span = max(span, 0, min(RANGEBOX - 1, a.hi - b.lo)) if c.lo < 0 else span
        return Expr(f"range({a.text}, {b.text}, {c.text})", "range", 0, span + 1)

    def literal_step(self) -> Expr:
        c = self.rng.choice([1, 2, 3, 7, -1, -2, -5, 100])
        return Expr(str(c), "int", c, c)

    def range_slice(self, d: int) -> Expr:
        """r[a:b], r[a:b:-1], r[:k], r[k:], r[::-1]: the step keeps its size, so the result may be stored."""
        r = self.range_expr("range", d)
        k = self.rng.randrange(5)
        if k == 0:
            return Expr(f"{r.text}[::-1]", "range", r.lo, r.hi)
        if k == 1:
            n = self.rng.randint(0, 8)
            return Expr(f"{r.text}[:{n}]", "range", min(r.lo, n), min(r.hi, n))
        if k == 2:
            n = self.rng.randint(-8, 3)
            return Expr(f"{r.text}[{n}:]", "range", 0, min(r.hi, -n) if n < 0 else r.hi)
        a, b = self.int_expr(d), self.int_expr(d)  # any ints: a slice clamps its bounds
        step = ":-1" if k == 3 else ""
        return Expr(f"{r.text}[{a.text}:{b.text}{step}]", "range", 0, r.hi)

    def range_ifexp(self, d: int) -> Expr:
        a, b, c = self.range_expr("range", d), self.range_expr("range", d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "range", min(a.lo, b.lo), max(a.hi, b.hi))

    def range_call(self, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs("range"))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "range", f.ret_lo, RANGEBOX)

    def range_view(self, d: int) -> Expr:
        """A range value, or a slice of one with any small step (only asked about, never stored)."""
        r = self.range_expr("range", d)
        if self.chance(0.6):
            return r
        a = self.rng.choice(["", "1", "-3", self.int_expr(d).text])
        return Expr(f"{r.text}[{a}::{self.rng.choice(VIEW_STEPS)}]", "range", 0, r.hi)

    def short_range(self, d: int, n: int) -> Expr:
        """A range value of at most `n` elements (a short variable as it is, a part of one when it may be longer)."""
        short = [v for v in self.visible("range") if v.box <= n]
        r = self.var_expr(self.rng.choice(short)) if short and self.chance(0.4) else self.range_view(d)
        if r.hi <= n:
            return r
        k = self.rng.randint(0, n)
        if self.chance(0.5):
            return Expr(f"{r.text}[:{k}]", "range", min(r.lo, k), k)
        return Expr(f"{r.text}[-{k}:]" if k else f"{r.text}[:0]", "range", min(r.lo, k), k)

    def int_rangeint(self, d: int) -> Expr:
        """len(r), r.start, r.stop, r.step, r[i] (always in range), r.index(x), r.count(x), sum, min, max."""
        k = self.rng.randrange(8)
        if k >= 6:
            return self.range_reduce(k == 6, d)
        r = self.range_view(d)
        if k == 0:
            return Expr(f"len({r.text})", "int", r.lo, r.hi)
        if k == 1:
            return Expr(f"{r.text}.{self.rng.choice(['start', 'stop', 'step'])}", "int", -2 * EDGE, 2 * EDGE)
        if k == 2:
            return self.range_item(r, d)
        x = self.fit(self.int_expr(d), "int")
        if k == 3:
            return Expr(f"{r.text}.count({x.text})", "int", 0, 1)
        if r.text.isidentifier():
            return Expr(f"({r.text}.index({x.text}) if {x.text} in {r.text} else -1)", "int", -1, r.hi)
        return self.range_item(self.range_leaf(d), d)

    def range_item(self, r: Expr, d: int) -> Expr:
        """An element that is always there: r[k] with k < r's minimum length, r[i % len(r)], or a default."""
        if r.lo >= 1 and (not r.text.isidentifier() or self.chance(0.5)):
            i = self.rng.randrange(int(min(r.lo, 8)))
            return Expr(f"{r.text}[{i if self.chance(0.6) else -(i + 1)}]", "int", -NORMAL, NORMAL)
        if r.text.isidentifier():
            i = self.int_expr(d)
            pick = f"{r.text}[{i.text} % len({r.text})]"
            return Expr(pick if r.lo >= 1 else f"({pick} if {r.text} else 0)", "int", -NORMAL, NORMAL)
        return Expr(f"({r.text} or range(1))[{self.rng.choice([0, -1])}]", "int", -NORMAL, NORMAL)

    def range_reduce(self, total: bool, d: int) -> Expr:
        """sum(r), min(r), max(r) of a short range (one never empty for min and max)."""
        r = self.short_range(d, LISTBOX)
        self.charge(r.hi / 4)
        if total:
            return Expr(f"sum({r.text})", "int", -NORMAL * r.hi, NORMAL * r.hi)
        text = r.text if r.lo >= 1 else f"({r.text} or range(1))"
        return Expr(f"{self.rng.choice(['min', 'max'])}({text})", "int", -NORMAL, NORMAL)

    def bool_rangetest(self, d: int) -> Expr:
        """x in r, x not in r, r == s, r != s."""
        r = self.range_view(d)
        if self.chance(0.6):
            x = self.fit(self.int_expr(d), "int")
            return Expr(f"({x.text} {self.rng.choice(['in', 'not in'])} {r.text})", "bool")
        s = self.range_view(d)
        return Expr(f"({r.text} {self.rng.choice(['==', '!='])} {s.text})", "bool")

    def str_rangestr(self, d: int) -> Expr:
        r = self.range_view(d)
        quoted = "'" in r.text or '"' in r.text  # an f-string's field holds no quote before Python 3.12
        return Expr(f"str({r.text})" if quoted or self.chance(0.7) else f'f"{{{r.text}}}"', "str", 11, 40)

    def list_fromrange(self, t: str, d: int) -> Expr:
        r = self.short_range(d, LISTBOX)
        self.charge(r.hi / 4)
        how = self.rng.choice(["list({})", "list({})", "sorted({})", "sorted({}, reverse=True)"])
        return Expr(how.format(r.text), t, r.lo, r.hi)

    def set_fromrange(self, t: str, d: int) -> Expr:
        r = self.short_range(d, SETBOX)
        self.charge(r.hi / 4)
        return Expr(f"set({r.text})", t, r.lo, r.hi)  # a range's elements are distinct

    def end_range(self) -> None:
        """IndexError past the end, ValueError from index() of a missing value or a zero step."""
        v = self.some_var("range")
        r = v.name if v is not None else self.range_literal().text
        k = self.rng.randrange(4)
        if k == 0:
            self.emit(f"print({r}[len({r}) + {self.rng.choice([0, 2])}])")
        elif k == 1:
            self.emit(f"print({r}[-len({r}) - 1])")
        elif k == 2:
            self.emit(f"print({r}.index({5 * NORMAL}))")
        else:
            self.emit(f"print(range(1, {r}.start + 3, len({r}) - len({r})))")
