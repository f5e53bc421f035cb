"""dict expressions and statements (feature "dicts").

Every key comes from a small domain (shapes.KEYS, chr(97 + e % 3), e % 8,
e % 4 * 0.5), so a dict never holds more than DICTBOX entries. A dict
variable's `sure` keys are always present: only other keys are deleted, so
`d[k]` of a sure key never raises. A dict's size changes only in the frame that
owns it, and never while a loop iterates over it.
"""

from __future__ import annotations

from .ranges import DICTBOX, LISTBOX, STRBOX, Expr, Var
from .shapes import KEYS, dict_kv, elem, kind
from .values import elem_range, unique_keys


class DictExprs:
    """Generator methods for dict expressions and statements (mixed into Generator)."""

    def dict_expr(self, t: str, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.3):
            return self.leaf(t)
        kinds = ["leaf", "lit", "lit", "copy", "ctor"]
        if self.has("comprehensions"):
            kinds += ["comp", "comp"]
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.callable_funcs(t):
            kinds.append("call")
        return getattr(self, "dict_" + self.rng.choice(kinds))(t, depth - 1)

    def dict_leaf(self, t: str, d: int) -> Expr:
        return self.leaf(t)

    def dict_lit(self, t: str, d: int) -> Expr:
        return self.dict_literal(t, (), d)

    def dict_copy(self, t: str, d: int) -> Expr:
        a = self.dict_expr(t, d)
        return Expr(f"{a.text}.copy()", t, a.lo, a.hi, keys=a.keys)

    def dict_ctor(self, t: str, d: int) -> Expr:
        """dict(d), dict(pairs) or dict(zip(keys, values)): a later pair's value wins, the first
        place stays (irgen/mappings.py dict_call)."""
        kt, vt = dict_kv(t)
        k = self.rng.randrange(3)
        if k == 0:
            a = self.dict_expr(t, d)
            return Expr(f"dict({a.text})", t, a.lo, a.hi, keys=a.keys)
        keys = [self.key_literal(kt) for _ in range(self.rng.randint(1, 4))]
        values = [self.element(vt, d).text for _ in keys]
        unique = unique_keys(keys)
        if k == 1:
            pairs = ", ".join(f"({key}, {value})" for key, value in zip(keys, values))
            return Expr(f"dict([{pairs}])", t, len(unique), len(unique), keys=unique)
        extra = [self.element(vt, d).text] if self.chance(0.3) else []  # zip stops at the shorter
        return Expr(f"dict(zip([{', '.join(keys)}], [{', '.join(values + extra)}]))", t, len(unique), len(unique),
                    keys=unique)

    def dict_comp(self, t: str, d: int) -> Expr:
        return self.dict_comprehension(t, d)

    def dict_ifexp(self, t: str, d: int) -> Expr:
        a, b, c = self.dict_expr(t, d), self.dict_expr(t, d), self.bool_expr(d)
        keys = tuple(k for k in a.keys if k in b.keys)
        return Expr(f"({a.text} if {c.text} else {b.text})", t, len(keys), DICTBOX, alias=a.alias or b.alias, keys=keys)

    def dict_call(self, t: str, d: int) -> Expr:
        f = self.rng.choice(self.callable_funcs(t))
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), t, 0, DICTBOX)

    def dict_value(self, dx: Expr, d: int) -> Expr:
        """A value of the dict `dx` that never raises KeyError: a sure key, get with a default, or a test first."""
        kt, vt = dict_kv(dx.type)
        lo, hi = elem_range(vt)
        inner = kind(vt) == "list"  # the dict's own list: an alias
        if dx.keys and self.chance(0.6):
            return Expr(f"{dx.text}[{self.rng.choice(dx.keys)}]", vt, lo, hi, alias=inner)
        key, default = self.key_expr(kt, d), self.fit(self.literal(vt), vt)
        if dx.text.isidentifier() and self.chance(0.4):
            return Expr(f"({dx.text}[{key.text}] if {key.text} in {dx.text} else {default.text})", vt,
                        min(lo, default.lo), max(hi, default.hi), alias=inner)
        return Expr(f"{dx.text}.get({key.text}, {default.text})", vt, min(lo, default.lo), max(hi, default.hi), alias=inner)

    def dicts_to_change(self, size: bool) -> list[Var]:
        """Dict variables this frame may write (`size`: also add or delete keys)."""
        out = []
        for v in self.visible():
            if kind(v.type) != "dict":
                continue
            if not size or (self.owns(v) and not v.frozen):
                out.append(v)
        return out

    def stmt_dict_set(self) -> None:
        """`d[k] = v`, `d[k] += n`: a new key only where the size may change, else a sure or tested key."""
        dicts = self.dicts_to_change(False)
        if not dicts:
            return self.stmt_value_assign()
        v = self.rng.choice(dicts)
        kt, vt = dict_kv(v.type)
        value = self.element(vt, 2)
        if v.sure and vt in ("int", "float") and self.chance(0.4):
            step = self.rng.randint(-9, 9) if vt == "int" else self.rng.choice(["0.5", "-2.25", "1.0"])
            return self.emit(f"{v.name}[{self.rng.choice(v.sure)}] {self.rng.choice(['+=', '-='])} {step}")
        if self.owns(v) and not v.frozen:
            return self.emit(f"{v.name}[{self.key_expr(kt, 2).text}] = {value.text}")
        if v.sure:
            return self.emit(f"{v.name}[{self.rng.choice(v.sure)}] = {value.text}")
        key = self.key_literal(kt)
        self.emit(f"if {key} in {v.name}:")
        self.emit(f"    {v.name}[{key}] = {value.text}")

    def stmt_dict_update(self) -> None:
        """The counting idioms irgen/dict_rmw.py lowers with one probe, `d[k] op= v` (k present) and
        `d[k] = d.get(k, x) op v` (a new k only where the size may change), with the key a literal or a
        name and v of constants and names; a v with a call takes the two-lookup path, checked the same.
        A step keeps an int element within `+= k`, |k| <= 9 (ranges.ELEM_INT), a str element within STRBOX."""
        dicts = [v for v in self.dicts_to_change(False) if dict_kv(v.type)[1] in ("int", "float", "str")]
        v = self.rng.choice(dicts) if dicts else None
        grows = v is not None and self.owns(v) and not v.frozen
        if v is None or not (grows or v.sure):
            return self.stmt_dict_set()
        kt, vt = dict_kv(v.type)
        key = self.key_literal(kt) if grows and (not v.sure or self.chance(0.5)) else self.rng.choice(v.sure)
        present = key in v.sure
        if grows and self.chance(0.4):
            key = self.fresh("k")
            self.emit(f"{key} = {self.key_expr(kt, 1).text}")
            present = False
        op, step = self.update_step(vt)
        if vt == "str":
            self.emit(f"if len({v.name}.get({key}, '')) <= {STRBOX - 2}:")
        if present and self.chance(0.5):
            line = f"{v.name}[{key}] {op}= {step}"
        else:
            dflt = {"int": self.rng.choice(["0", "1", "-3"]), "float": "0.0", "str": "''"}[vt]
            get = f"{v.name}.get({key}, {dflt})"
            line = f"{v.name}[{key}] = {get} {op} {step}" if op != "+" or self.chance(0.7) else f"{v.name}[{key}] = {step} + {get}"
        self.emit(("    " if vt == "str" else "") + line)

    def update_step(self, vt: str) -> tuple[str, str]:
        """An operator and operand that keep a dict's element of type `vt` in its range."""
        if vt == "str":
            return "+", self.rng.choice(["'ab'", "'é'", "'x'", "''"])
        if vt == "float":
            return self.rng.choice([("+", "0.5"), ("-", "2.25"), ("*", "0.5"), ("/", "-2.0"), ("+", "1.0")])
        ints = [x.name for x in self.visible("int")]
        k = self.rng.randrange(5)
        if k == 0 and ints:  # a name: still the one-probe path
            return self.rng.choice(["+", "-"]), f"{self.rng.choice(ints)} % 9"
        if k == 1 and self.has("lists"):  # a call: the lookup and the store stay two
            lists = [x.name for x in self.visible() if kind(x.type) in ("list", "str")]
            if lists:
                return "+", f"len({self.rng.choice(lists)}) % 10"
        if k == 2:
            return self.rng.choice([("//", "2"), ("%", "7"), ("&", "255"), ("|", "1"), ("^", "3"), (">>", "1"), ("*", "-1")])
        return self.rng.choice(["+", "-"]), str(self.rng.randint(0, 9))

    def stmt_dict_change(self) -> None:
        """Keys that are not sure deleted (del, pop with a default); keys added by setdefault or update."""
        dicts = self.dicts_to_change(True)
        if not dicts:
            return self.stmt_dict_set()
        v = self.rng.choice(dicts)
        kt, vt = dict_kv(v.type)
        loose = [k for k in KEYS[kt] if k not in v.sure and not (kt == "float" and k in ("0.0", "-0.0") and
                                                                  ("0.0" in v.sure or "-0.0" in v.sure))]
        if not loose:
            return self.stmt_dict_set()
        key = self.rng.choice(loose)
        k = self.rng.randrange(5)
        if k == 0:
            self.emit(f"if {key} in {v.name}:")
            self.emit(f"    del {v.name}[{key}]")
        elif k == 1:
            default = self.fit(self.literal(vt), vt).text
            self.emit(f"print({v.name}.pop({key}, {default}))" if self.chance(0.5) else f"{v.name}.pop({key}, {default})")
        elif k == 2:
            value = self.element(vt, 2).text
            call = f"{v.name}.setdefault({self.key_expr(kt, 1).text}, {value})"
            self.emit(f"print({call})" if self.chance(0.5) else call)
        elif k == 3 and kind(vt) == "list" and self.chance(0.6):  # the grouping idiom, cut back to LISTBOX
            key = self.key_literal(kt)
            self.emit(f"{v.name}.setdefault({key}, []).append({self.element(elem(vt), 1).text})")
            self.emit(f"del {v.name}[{key}][{LISTBOX}:]")
        elif k == 3:
            self.emit(f"{v.name}.update({self.dict_expr(v.type, 2).text})")
        elif not v.sure:
            self.emit(f"{v.name}.clear()")
        else:
            self.emit(f"print(len({v.name}), {v.name})")
