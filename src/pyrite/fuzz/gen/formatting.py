"""Formatted strs (feature "fstrings"): f-strings, str.format and printf-style `%`.

Each field's format spec is one its value's type accepts (a literal spec that
does not fit is a compile-time error in Pyrite, so it would only test the
diagnostic). Widths stay small. A field's expression holds no double quote and
no backslash (not allowed inside an f-string's braces before Python 3.12).
"""

from __future__ import annotations

from .ranges import Expr
from .shapes import PARTS

SPECS = {
    "int": ("", "d", "5d", "<6", "^7", ">4", "+d", " d", ",", "_", "x", "X", "o", "b", "#x", "#b", "08d", "e", ".2f",
            "%", ".1%", "=+8", "g", "-^9,"),
    "float": ("", ".3f", "10.2f", "e", ".2e", "g", ".3g", "%", "+.1f", ",.2f", "08.2f", ".0f", "E", "G", "<12.4",
              "^9.1f", ".10g", "f", ".15g", "_.3f", "=10.1f", "+", " .2", ".1"),
    "str": ("", ">10", "<8", "^9", "*^9", ".2", "-<6", ".0", "s", "10.3", "é>5"),
    "bool": ("", ">6", "d", "^5", "x"),
}
PERCENT = {
    "int": ("%d", "%i", "%5d", "%-6d", "%x", "%o", "%+d", "%s", "%r", "%05d", "%X"),
    "float": ("%f", "%.2f", "%8.3f", "%e", "%g", "%.3g", "%s", "%r", "%-9.2f", "%E"),
    "str": ("%s", "%r", "%10s", "%-8s", "%.3s", "%a"),
    "bool": ("%s", "%r", "%d"),
}
CONVERSIONS = ("", "", "", "!r", "!s", "!a")
EDGES = {  # values whose formatting has corner cases (only formatted, never stored: inf and nan are fine here)
    "float": ("math.inf", "-math.inf", "math.nan", "1e22", "5e-324", "1.005", "2.5", "-0.0", "1e16", "123456789.125",
              "0.1", "1.7976931348623157e308", "0.5", "-1.5"),
    "int": ("(-9223372036854775807 - 1)", "9223372036854775807", "-5", "0", "255", "-1000000"),
}


class Formatting:
    """Generator methods for formatted strs (mixed into Generator)."""

    def field_value(self, d: int) -> tuple[str, str]:
        """(type, text) of a value for a field: no double quote or backslash, parenthesized if it holds a colon."""
        if self.chance(0.15):
            t = self.rng.choice(["int", "float"])
            return t, self.rng.choice(EDGES[t])
        for _ in range(4):
            t = self.rng.choice(["int", "int", "float", "str", "str", "bool"])
            text = self.expr(t, d).text
            if '"' not in text and "\\" not in text and "#" not in text:
                break
        else:
            t, text = "int", self.literal("int").text
        if ":" in text or text.startswith("{") or "!" in text:
            text = f"({text})"
        return t, text

    def str_fstring(self, d: int) -> Expr:
        pieces = []
        for _ in range(self.rng.randint(1, 3)):
            if self.chance(0.6):
                pieces.append(self.rng.choice(PARTS))
            t, text = self.field_value(d)
            pieces.append("{" + self.field(t, text, d) + "}")
        if self.chance(0.5):
            pieces.append(self.rng.choice(PARTS))
        return Expr('f"' + "".join(pieces) + '"', "str", 0, 24 * len(pieces))

    def field(self, t: str, text: str, d: int) -> str:
        """`x`, `x!r`, `x=`, `x:>8`, `x:{w}.{p}f` ..."""
        k = self.rng.randrange(8)
        if k == 0:
            return f"{text}{self.rng.choice(['=', ' = ', '=!r'])}"
        if k == 1 and t == "float":
            w, p = self.int_expr(1).text, self.int_expr(1).text
            if '"' not in w + p and "\\" not in w + p:
                return f"{text}:{{abs({w}) % 13}}.{{abs({p}) % 7}}f"
        conversion = self.rng.choice(CONVERSIONS)
        spec = self.rng.choice(SPECS["str" if conversion else t])
        return f"{text}{conversion}{':' + spec if spec else ''}"

    def str_format(self, d: int) -> Expr:
        """`"{} {:>5}".format(a, b)` with automatic or numbered fields."""
        values = [self.field_value(d) for _ in range(self.rng.randint(1, 3))]
        numbered = self.chance(0.4)
        pieces = []
        order = list(range(len(values))) + ([self.rng.randrange(len(values))] if numbered and self.chance(0.5) else [])
        for i in order:
            t = values[i][0]
            conversion = self.rng.choice(CONVERSIONS)
            spec = self.rng.choice(SPECS["str" if conversion else t])
            pieces.append(self.rng.choice(PARTS) if self.chance(0.5) else "")
            pieces.append("{" + (str(i) if numbered else "") + conversion + (":" + spec if spec else "") + "}")
        template = repr("".join(pieces))
        return Expr(f"{template}.format({', '.join(text for _, text in values)})", "str", 0, 24 * len(pieces))

    def str_percent(self, d: int) -> Expr:
        """`"%d: %s" % (a, b)` or `"%5.2f" % x`."""
        values = [self.field_value(d) for _ in range(self.rng.randint(1, 3))]
        pieces = []
        for t, _ in values:
            pieces.append(self.rng.choice(["", " ", ": ", "|", "%%", "é"]))
            pieces.append(self.rng.choice(PERCENT[t]))
        template = repr("".join(pieces))
        if len(values) == 1 and self.chance(0.6):
            return Expr(f"({template} % {values[0][1]})", "str", 0, 24 * len(pieces))
        return Expr(f"({template} % ({', '.join(text for _, text in values)}))", "str", 0, 24 * len(pieces))
