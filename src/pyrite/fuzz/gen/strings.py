"""str expressions (features "strings", "str_methods", "slices"), and the ints and bools made from strs.

A str Expr's lo/hi bound its length in code points: lo is exact enough that an
index below it is always in range, hi only keeps values small (a variable's
value is sliced to STRBOX). Literals come from STR_POOL: accents, casing that
changes length ('ß'.upper() is 'SS'), other scripts, escapes and quotes.
"""

from __future__ import annotations

from .ranges import STRBOX, Expr

CASES = ("upper", "lower", "casefold", "swapcase", "title", "capitalize")
PREDICATES = ("isdigit", "isalpha", "isspace", "isalnum", "isdecimal", "isnumeric", "islower", "isupper", "istitle",
              "isascii", "isprintable", "isidentifier")
SHORT = ("a", "b", "l", " ", ",", "-", "ab", "é", "", "ß", "xyz", "Hello")
CHR_RANGES = ((97, 26), (65, 26), (48, 10), (0x3B1, 20), (32, 95), (0x4E00, 40), (0xE0, 30), (0x1F600, 8))
INT_TEXTS = (("' 42 '", 42), ("'-7'", -7), ("'+15'", 15), ("'0'", 0), ("'1_000'", 1000), ("'０７'", 7), ("'٣'", 3),
             ("' +0_1 '", 1), ("'\\t-0\\n'", 0))


def lit(text: str) -> Expr:
    return Expr(repr(text), "str", len(text), len(text))


class StrExprs:
    """Generator methods for str expressions (mixed into Generator)."""

    def str_expr(self, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.3):
            return self.leaf("str")
        kinds = ["leaf", "concat", "concat", "convert", "index", "repeat", "chr", "elem"]
        for feature, names in (("str_methods", ["method", "method", "method", "join"]), ("slices", ["slice", "slice"]),
                               ("fstrings", ["fstring", "fstring", "format", "percent"]), ("ifexp", ["ifexp"]),
                               ("lambdas", ["fncall"]), ("optionals", ["orelse"]), ("builtins", ["minmax"]),
                               ("ranges", ["rangestr"])):
            if self.has(feature):
                kinds += names
        if self.callable_funcs("str"):
            kinds.append("call")
        return getattr(self, "str_" + self.rng.choice(kinds))(depth - 1)

    def str_leaf(self, d: int) -> Expr:
        return self.leaf("str")

    def str_concat(self, d: int) -> Expr:
        a, b = self.str_expr(d), self.str_expr(d)
        return Expr(f"({a.text} + {b.text})", "str", a.lo + b.lo, a.hi + b.hi)

    def str_repeat(self, d: int) -> Expr:
        a = self.str_expr(d)
        if self.chance(0.3):
            n = self.int_expr(d)
            return Expr(f"({a.text} * ({n.text} % 3))", "str", 0, 2 * a.hi)
        n = self.rng.choice([-1, 0, 1, 2, 3])
        text = f"({a.text} * {n})" if self.chance(0.7) else f"({n} * {a.text})"
        return Expr(text, "str", a.lo * max(n, 0), a.hi * max(n, 0))

    def str_convert(self, d: int) -> Expr:
        k = self.rng.randrange(6)
        if k == 0:
            i = self.int_expr(d)
            return Expr(f"str({i.text})", "str", 1, len(str(int(i.mag))) + 1)
        if k == 1:
            return Expr(f"{self.rng.choice(['str', 'repr'])}({self.float_expr(d).text})", "str", 3, 24)
        if k == 2:
            return Expr(f"str({self.bool_expr(d).text})", "str", 4, 5)
        if k == 3:
            s = self.str_expr(d)
            return Expr(f"repr({s.text})", "str", s.lo + 2, 6 * s.hi + 2)
        if k == 4 and (self.has("lists") or self.has("vartuples")):
            types = (["list[int]", "list[float]"] if self.has("lists") else [])
            types += ["tuple[int, ...]", "tuple[float, ...]"] if self.has("vartuples") else []
            xs = self.value_expr(self.rng.choice(types), d)
            return Expr(f"{self.rng.choice(['str', 'repr'])}({xs.text})", "str", 2, 26 * xs.hi + 2)
        i = self.int_expr(d)
        return Expr(f"repr({i.text})", "str", 1, len(str(int(i.mag))) + 1)

    def str_index(self, d: int) -> Expr:
        return self.item(self.str_expr(d), "str", d)

    def str_chr(self, d: int) -> Expr:
        base, n = self.rng.choice(CHR_RANGES)
        i = self.int_expr(d)
        return Expr(f"chr({base} + {i.text} % {n})", "str", 1, 1)

    def str_method(self, d: int) -> Expr:
        a = self.str_expr(d)
        k = self.rng.randrange(6)
        if k == 0:
            return Expr(f"{a.text}.{self.rng.choice(CASES)}()", "str", a.lo, 3 * a.hi)
        if k == 1:
            chars = f"{self.rng.choice(SHORT)!r}" if self.chance(0.4) else ""
            return Expr(f"{a.text}.{self.rng.choice(['strip', 'lstrip', 'rstrip'])}({chars})", "str", 0, a.hi)
        if k == 2:
            old, new = self.rng.choice(SHORT), self.rng.choice(SHORT)
            count = f", {self.rng.choice([-1, 0, 1, 2])}" if self.chance(0.3) else ""
            return Expr(f"{a.text}.replace({old!r}, {new!r}{count})", "str", 0 if len(new) < len(old) else a.lo,
                        (a.hi + 1) * (len(new) + 1))
        if k == 3:
            w = self.rng.randint(0, 12)
            fn = self.rng.choice(["zfill", "ljust", "rjust", "center"])
            fill = f", {self.rng.choice(['*', '-', 'é', ' '])!r}" if fn != "zfill" and self.chance(0.5) else ""
            return Expr(f"{a.text}.{fn}({w}{fill})", "str", max(a.lo, w), max(a.hi, w))
        if k == 4:
            n = self.rng.choice([0, 1, 2, 4, 8]) if self.chance(0.7) else ""
            return Expr(f"{a.text}.expandtabs({n})", "str", 0, a.hi * 8)
        p = self.rng.choice(SHORT)
        fn = self.rng.choice(["removeprefix", "removesuffix"])
        return Expr(f"{a.text}.{fn}({p!r})", "str", max(0, a.lo - len(p)), a.hi)

    def str_join(self, d: int) -> Expr:
        sep = self.rng.choice(["", ", ", "-", "é", " | "])
        if self.has("lists") and self.chance(0.6):
            parts = self.list_expr("list[str]", d)
        else:
            parts = self.split_expr(d)
        return Expr(f"{sep!r}.join({parts.text})", "str", 0, parts.hi * (STRBOX + len(sep)))

    def split_expr(self, d: int) -> Expr:
        """A list[str] from a str: split, rsplit, splitlines."""
        s = self.str_expr(d)
        k = self.rng.randrange(4)
        if k == 0:
            return Expr(f"{s.text}.split()", "list[str]", 0, s.hi // 2 + 1)
        if k == 1:
            sep = self.rng.choice([",", " ", "-", "l", "ab", "é"])
            limit = ""
            if self.chance(0.3):
                n = self.rng.choice([0, 1, 2, -1])
                limit = f", maxsplit={n}" if self.chance(0.4) else f", {n}"
            fn = self.rng.choice(["split", "rsplit"])
            return Expr(f"{s.text}.{fn}({sep!r}{limit})", "list[str]", 1, s.hi + 1)
        if k == 2:
            return Expr(f"{s.text}.splitlines()", "list[str]", 0, s.hi)
        return Expr(f"list({s.text})", "list[str]", s.lo, s.hi)

    def str_slice(self, d: int) -> Expr:
        a = self.str_expr(d)
        text, keeps = self.slice_text(d)
        return Expr(f"{a.text}{text}", "str", a.lo if keeps else 0, a.hi)

    def slice_text(self, d: int) -> tuple[str, bool]:
        """A slice `[a:b:c]` (literal or computed bounds, any step sign); True if it keeps every element."""
        if self.chance(0.15):
            return self.rng.choice(["[:]", "[::-1]", "[::1]"]), True
        bound = lambda: self.rng.choice(["", "", "0", "1", "2", "-1", "-3", "5", "100", "-100"])  # noqa: E731
        start, stop = bound(), bound()
        if self.chance(0.2):
            start = f"{self.int_expr(d).text} % 7"
        step = self.rng.choice(["", "", "", "1", "2", "-1", "-2", "3"])
        return (f"[{start}:{stop}:{step}]" if step else f"[{start}:{stop}]"), False

    def str_ifexp(self, d: int) -> Expr:
        a, b, c = self.str_expr(d), self.str_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "str", min(a.lo, b.lo), max(a.hi, b.hi))

    def str_call(self, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs("str"))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "str", f.ret_lo, STRBOX)

    def str_minmax(self, d: int) -> Expr:
        """min/max of the characters of a str or of a list of strs (Pyrite rejects min(a, b) of strs)."""
        if self.has("lists") and self.chance(0.5):
            xs = self.list_expr("list[str]", d)
            return self.nonempty_call(self.rng.choice(["min", "max"]), xs, "str", d)
        s = self.str_expr(d)
        text = f"{s.text}" if s.lo >= 1 else f"({s.text} + '?')"
        return Expr(f"{self.rng.choice(['min', 'max'])}({text})", "str", 1, 1)

    def str_elem(self, d: int) -> Expr:
        return self.element_of("str", d)

    # ints, floats and bools made from strs

    def int_strlen(self, d: int) -> Expr:
        s = self.str_expr(d)
        return Expr(f"len({s.text})", "int", s.lo, s.hi)

    def int_ord(self, d: int) -> Expr:
        c = self.item(self.str_expr(d), "str", d) if self.chance(0.7) else lit(self.rng.choice("aZ0 éΩ日😀"))
        return Expr(f"ord({c.text})", "int", 0, 0x10FFFF)

    def int_find(self, d: int) -> Expr:
        s = self.str_expr(d)
        if not self.has("str_methods"):
            return Expr(f"len({s.text})", "int", s.lo, s.hi)
        sub = self.rng.choice(SHORT) if self.chance(0.7) else None
        sub_text = repr(sub) if sub is not None else self.str_expr(d).text
        if s.text.isidentifier() and self.chance(0.3):
            fn = self.rng.choice(["index", "rindex", "find"])  # always found: a piece of s itself
            a, b = self.rng.choice(["", "0", "1", "-2"]), self.rng.choice(["", "2", "-1", "100"])
            return Expr(f"{s.text}.{fn}({s.text}[{a}:{b}])", "int", 0, s.hi)  # a contiguous piece: no step
        fn = self.rng.choice(["find", "rfind", "count", "count"])
        if fn == "count":
            return Expr(f"{s.text}.count({sub_text})", "int", 0, s.hi + 1)
        return Expr(f"{s.text}.{fn}({sub_text})", "int", -1, s.hi)

    def int_strint(self, d: int) -> Expr:
        k = self.rng.randrange(4)
        if k == 0:
            i = self.int_expr(d)
            return Expr(f"int(str({i.text}))", "int", i.lo, i.hi)
        if k == 1:
            text, v = self.rng.choice(INT_TEXTS)
            return Expr(f"int({text})", "int", v, v)
        if k == 2:
            base = self.rng.choice([2, 8, 16, 36])
            i = self.small(self.int_expr(d), 1 << 20)
            fmt = {2: "b", 8: "o", 16: "x", 36: "x"}[base]
            if self.has("fstrings") and not any(q in i.text for q in "'\"\\"):
                return Expr(f"int(f'{{abs({i.text}):{fmt}}}', {base})", "int", 0, 36 ** 5)
            return Expr(f"int('{self.rng.choice(['ff', '10', '7', 'z'])}', {base if base > 16 else 36})", "int", 0, 36 * 36)
        s = self.str_expr(d)
        sep = self.rng.choice([",", " ", "a"])
        return Expr(f"len({s.text}.split({sep!r}))", "int", 1, s.hi + 1)

    def float_strfloat(self, d: int) -> Expr:
        f = self.float_expr(d)
        if self.chance(0.2):
            text = self.rng.choice(["'1e3'", "' -2.5 '", "'1_0.5'", "'-0'", "'0.1'", "'١.٥'", "'+.5'", "'5.'", "'1E-3'"])
            return Expr(f"float({text})", "float", -1000, 1000)
        return Expr(f"float({self.rng.choice(['str', 'repr'])}({f.text}))", "float", f.lo, f.hi)

    def bool_strcmp(self, d: int) -> Expr:
        a, b = self.str_expr(d), self.str_expr(d)
        return Expr(f"({a.text} {self.rng.choice(['<', '<=', '>', '>=', '==', '!='])} {b.text})", "bool")

    def bool_strpred(self, d: int) -> Expr:
        s = self.str_expr(d)
        k = self.rng.randrange(4) if self.has("str_methods") else 3
        if k == 0:
            return Expr(f"{s.text}.{self.rng.choice(PREDICATES)}()", "bool")
        if k == 1:
            fn = self.rng.choice(["startswith", "endswith"])
            start = f", {self.rng.randint(-2, 3)}" if self.chance(0.3) else ""
            return Expr(f"{s.text}.{fn}({self.rng.choice(SHORT)!r}{start})", "bool")
        if k == 2:
            return Expr(f"{s.text}.{self.rng.choice(['isdigit', 'isalpha', 'isspace'])}()", "bool")
        return Expr(f"(not {s.text})" if self.chance(0.5) else f"bool({s.text})", "bool")
