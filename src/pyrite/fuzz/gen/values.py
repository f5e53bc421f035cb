"""What every non-scalar type shares: dispatch, literals, fitting a value to its variable, elements, printing.

A str, list, set or dict variable keeps invariants that hold on every path
(ranges.py): `stored` makes a value fit its variable (sliced to the box, padded
to the variable's minimum length, copied when it names another object, so no
two variables share a container the generator tracks separately), and `item`
reads an element with an index that is always in range.
"""

from __future__ import annotations

import ast

from .ranges import (DICTBOX, ELEM_FLOAT, ELEM_INT, FNORMAL, LISTBOX, NORMAL, PARAM, RANGEBOX, SETBOX, STRBOX, Expr,
                     Var)
from .shapes import (KEYS, SCALARS, STR_KEYS, STR_POOL, dict_kv, elem, fn_sig, kind, opt_inner, printable,
                     sized, tuple_parts, value_types)

BOXES = {"str": STRBOX, "list": LISTBOX, "vtuple": LISTBOX, "set": SETBOX, "dict": DICTBOX, "range": RANGEBOX}
PREFIXES = {"str": "s", "list": "l", "tuple": "t", "dict": "d", "set": "z", "opt": "o", "fn": "fn",  # variable names
            "range": "rg", "vtuple": "vt"}

# Expression kinds the new features add to int, float and bool expressions (typed_expr, bool_expr).
MORE_KINDS = {
    "int": [("strings", ["strlen", "ord", "find", "strint"]), ("lists", ["elem", "size", "stat"]),
            ("dicts", ["elem", "size"]), ("sets", ["size", "stat"]), ("tuples", ["elem"]),
            ("optionals", ["orelse"]), ("lambdas", ["fncall"]), ("ranges", ["rangeint"] * 2),
            ("vartuples", ["elem", "size", "stat", "vthash"])],
    "float": [("lists", ["elem", "stat"]), ("dicts", ["elem"]), ("tuples", ["elem"]), ("optionals", ["orelse"]),
              ("vartuples", ["elem", "stat"]),
              ("lambdas", ["fncall"]), ("strings", ["strfloat"])],
    "bool": [("strings", ["strcmp", "strpred", "contains"]), ("lists", ["contains", "seqcmp", "anyall"]),
             ("dicts", ["contains"]), ("sets", ["contains", "setcmp", "setiter"]), ("tuples", ["elem", "tuplecmp"]),
             ("optionals", ["isnone"]), ("lambdas", ["fncall"]), ("comprehensions", ["anyall"]),
             ("ranges", ["rangetest"] * 2), ("vartuples", ["contains", "vtcmp", "vtcmp", "anyall", "elem", "vthash"])],
}


def unique_keys(keys: list[str]) -> tuple[str, ...]:
    """The distinct dict keys among literal texts, by value (-0.0 is the key 0.0); the same
    set whatever their order, as a dict built from them holds."""
    return tuple({ast.literal_eval(k): k for k in reversed(keys)}.values())


def elem_range(t: str) -> tuple[float, float]:
    """The interval (int, float) or length (str, list) of any element of type `t` held in a container."""
    if kind(t) == "list":
        return 0, LISTBOX
    return {"int": (-ELEM_INT, ELEM_INT), "float": (-ELEM_FLOAT, ELEM_FLOAT), "str": (0, STRBOX)}.get(t, (0, 1))


class Values:
    """Generator methods shared by all non-scalar types (mixed into Generator)."""

    def charge(self, units: float) -> None:
        """Work beyond one statement (a linear operation on a container, a comprehension)."""
        self.cost += int(units) * self.mult

    def owns(self, v: Var) -> bool:
        """Only the frame that made a container changes its length (a callee may only grow a list, guarded)."""
        return v.owner is self.in_function and v.owner != PARAM

    def box_of(self, t: str) -> int:
        return BOXES[kind(t)]

    def more_kinds(self, ty: str) -> list:
        return MORE_KINDS[ty]

    def value_expr(self, t: str, depth: int) -> Expr:
        k = kind(t)
        if k == "str":
            return self.str_expr(depth)
        return getattr(self, f"{k}_expr")(t, depth)

    def var_expr(self, v: Var) -> Expr:
        if sized(v.type):
            return Expr(v.name, v.type, v.lo, v.box, alias=True, keys=v.sure)
        return Expr(v.name, v.type, -v.box, v.box, alias=True)

    def new_literal(self, t: str) -> Expr:
        k = kind(t)
        if k == "str":
            s = self.rng.choice(STR_POOL)
            return Expr(repr(s), "str", len(s), len(s))
        if k == "list" or k == "set":
            items = [self.literal(elem(t), big=False).text for _ in range(self.rng.randint(1, 4))]
            text = f"[{', '.join(items)}]" if k == "list" else f"{{{', '.join(items)}}}"
            return Expr(text, t, len(items) if k == "list" else 1, len(items))
        if k == "tuple":
            return Expr(f"({', '.join(self.literal(p, big=False).text for p in tuple_parts(t))})", t)
        if k == "vtuple":
            return self.vtuple_of([self.literal(elem(t), big=False).text for _ in range(self.rng.randint(1, 4))], t)
        if k == "dict":
            return self.dict_literal(t, ())
        if k == "range":
            return self.range_literal()
        if k == "opt":
            return Expr("None", t) if self.chance(0.4) else self.as_type(self.literal(opt_inner(t), big=False), t)
        return self.lambda_expr(t)

    def as_type(self, e: Expr, t: str) -> Expr:
        return Expr(e.text, t, e.lo, e.hi, e.alias, e.keys)

    def dict_literal(self, t: str, must: tuple, d: int = 0) -> Expr:
        """`{k: v, ...}` holding at least the keys `must` (a repeated key keeps its first place, its last value)."""
        kt, vt = dict_kv(t)
        keys = list(must) + [self.key_literal(kt) for _ in range(self.rng.randint(0 if must else 1, 3))]
        self.rng.shuffle(keys)
        pairs = [f"{k}: {self.element(vt, d).text if d > 0 else self.fit(self.literal(vt), vt).text}" for k in keys]
        unique = unique_keys(keys)
        return Expr(f"{{{', '.join(pairs)}}}", t, len(unique), len(unique), keys=unique)

    def key_literal(self, kt: str) -> str:
        return self.rng.choice(KEYS[kt])

    def key_expr(self, kt: str, d: int) -> Expr:
        """A dict key from a small domain, so a dict never grows past DICTBOX."""
        if self.chance(0.5) or kt == "bool":
            return Expr(self.key_literal(kt), kt)
        i = self.int_expr(d)
        if kt == "str":
            return Expr(f"chr(97 + {i.text} % 3)", "str", 1, 1)
        if kt == "float":
            return Expr(f"({i.text} % 4 * 0.5)", "float", 0, 1.5)
        return Expr(f"({i.text} % 8)", "int", 0, 7)

    def fit(self, e: Expr, t: str) -> Expr:
        """`e` made to fit a variable or element of type `t` (the int and float boxes, the length boxes)."""
        k = kind(t)
        if k in ("int", "float"):
            return self.boxed(e, t)
        if k in ("str", "list") and e.hi > BOXES[k]:
            return Expr(f"({e.text})[:{BOXES[k]}]", t, min(e.lo, BOXES[k]), BOXES[k])
        if k == "vtuple" and e.hi > LISTBOX:
            return Expr(f"tuple(list({e.text})[:{LISTBOX}])", t, min(e.lo, LISTBOX), LISTBOX)
        if k == "set" and e.hi > SETBOX:
            return Expr(f"set(sorted({e.text})[:{SETBOX}])", t, min(e.lo, SETBOX), SETBOX)
        return e

    def element(self, t: str, d: int) -> Expr:
        """A value to put into a container: fitted, and a new object if it is a container itself (an inner
        list must not be a variable's list, whose minimum length the inner list's users do not know)."""
        if kind(t) in ("list", "dict", "set"):
            return self.stored(self.expr(t, d), t)
        return self.fit(self.expr(t, d), t)

    def stored(self, e: Expr, t: str, lo: int = 0) -> Expr:
        """`e` as the new value of a variable: a new object, fitted, with at least `lo` elements."""
        k = kind(t)
        if e.alias and k in ("list", "set", "dict"):
            copies = [f"{e.text}.copy()"] + ([f"{k}({e.text})"] if k != "dict" else []) + ([f"{e.text}[:]"] if k == "list" else [])
            e = Expr(self.rng.choice(copies),
                     t, e.lo, e.hi, keys=e.keys)
        if sized(t) and e.lo < lo:
            e = self.padded(e, t, lo)
        return self.fit(e, t)

    def padded(self, e: Expr, t: str, lo: int) -> Expr:
        k = kind(t)
        if k == "range":  # a range variable's minimum length is at most 1 (value_var)
            return Expr(f"({e.text} or range(1))", t, 1, max(e.hi, 1))
        if k == "str":
            return Expr(f"({e.text}).ljust({lo}, {self.rng.choice(['_', '.', 'é'])!r})", t, lo, max(e.hi, lo))
        if k == "list":
            return Expr(f"({e.text} + [{self.literal(elem(t), big=False).text}] * {lo})", t, e.lo + lo, e.hi + lo)
        if k == "vtuple":  # no + on tuples in Pyrite: through a list
            return Expr(f"tuple(list({e.text}) + [{self.literal(elem(t), big=False).text}] * {lo})", t, e.lo + lo, e.hi + lo)
        distinct = {"int": [str(i) for i in range(lo)], "str": [repr(s) for s in STR_KEYS[:lo]],
                    "float": [f"{i}.5" for i in range(lo)]}[elem(t)]
        return Expr(f"({e.text} | {{{', '.join(distinct)}}})", t, lo, e.hi + lo)

    def declare_value(self, name: str, t: str, e: Expr) -> Var:
        var = self.value_var(name, t, e)
        self.declare(var)
        return var

    def value_var(self, name: str, t: str, e: Expr) -> Var:
        """A variable of type `t` first assigned `e`: its invariants (length bounds, sure keys, cost of a call)."""
        k = kind(t)
        if sized(t):
            lo = int(e.lo) if self.chance(0.6) else self.rng.randint(0, int(e.lo))
            lo = min(lo, 1) if k == "range" else lo  # padded() makes a range at most 1 long
            sure = tuple(key for key in e.keys if self.chance(0.6)) if k == "dict" else ()  # the others may go
            var = Var(name, t, BOXES[k], lo=len(sure) if k == "dict" else lo, owner=self.in_function, sure=sure)
            var.box = self.range_box(e) if k == "range" else var.box
        elif k == "opt":
            inner = opt_inner(t)
            box = {"int": NORMAL, "float": FNORMAL}.get(inner) or BOXES[kind(inner)]
            var = Var(name, t, box, owner=self.in_function)
        else:
            var = Var(name, t, e.hi if k == "fn" else 0, owner=self.in_function, readonly=k == "tuple" and self.chance(0.3))
            var.cost = int(e.hi) if k == "fn" else 1
        return var

    def show(self, v: Var) -> str | None:
        """How print_scope prints a variable (None: it cannot be printed deterministically)."""
        if v.type in SCALARS or printable(v.type):
            return v.name
        return f"sorted({v.name})" if v.type == "set[str]" else None

    def printable_expr(self, depth: int) -> str:
        t = self.rng.choice(value_types(self))
        while not printable(t) and t != "set[str]":
            t = self.rng.choice(["int", "float", "bool"])
        e = self.expr(t, depth)
        return f"sorted({e.text})" if t == "set[str]" else e.text

    def item(self, seq: Expr, et: str, d: int) -> Expr:
        """An element of a str or list that is always there; a str's element is a 1-character str, a list's
        list is an inner list (of length 0 to LISTBOX, named by the outer list)."""
        e = self.item_of(seq, et, d)
        e.alias = kind(et) == "list"
        return e

    def item_of(self, seq: Expr, et: str, d: int) -> Expr:
        lo, hi = elem_range(et) if kind(seq.type) != "str" else (1, 1)
        name = seq.text.isidentifier()
        if seq.lo >= 1 and (not name or self.chance(0.5)):
            i = self.rng.randrange(int(min(seq.lo, 8)))
            index = i if self.chance(0.6) else -(i + 1)
            return Expr(f"{seq.text}[{index}]", et, lo, hi)
        if name:
            k = self.int_expr(d)
            pick = f"{seq.text}[{k.text} % len({seq.text})]"
            if seq.lo >= 1:
                return Expr(pick, et, lo, hi)
            default = self.fit(self.literal(et), et) if kind(seq.type) != "str" else Expr("'?'", "str", 1, 1)
            return Expr(f"({pick} if {seq.text} else {default.text})", et, min(lo, default.lo), max(hi, default.hi))
        if kind(seq.type) == "vtuple":  # no + on tuples in Pyrite, and `or` wants one type
            return Expr(f"({seq.text} or tuple([{self.literal(et, big=False).text}]))[{self.rng.choice([0, -1])}]", et, lo, hi)
        pad = f"[{self.literal(et, big=False).text}]" if kind(seq.type) == "list" else repr(self.rng.choice("?é-"))
        return Expr(f"({seq.text} + {pad})[{self.rng.choice([0, -1])}]", et, lo, hi)

    def element_of(self, t: str, d: int) -> Expr:
        """An element of type `t` of a visible container (a list, dict, tuple or list of tuples), or a leaf."""
        sources = []
        for v in self.visible():
            k = kind(v.type)
            if k in ("list", "vtuple") and elem(v.type) == t:
                sources.append(("list", v))
            elif k == "dict" and dict_kv(v.type)[1] == t:
                sources.append(("dict", v))
            elif k == "tuple" and t in tuple_parts(v.type):
                sources.append(("tuple", v))
            elif k == "list" and kind(elem(v.type)) == "tuple" and t in tuple_parts(elem(v.type)):
                sources.append(("pairs", v))
        if not sources:
            return self.leaf(t)
        how, v = self.rng.choice(sources)
        if how == "list":
            return self.item(self.var_expr(v), t, d)
        if how == "dict":
            return self.dict_value(self.var_expr(v), d)
        parts = tuple_parts(v.type if how == "tuple" else elem(v.type))
        j = self.rng.choice([i for i, p in enumerate(parts) if p == t])
        j = j if self.chance(0.7) else j - len(parts)
        if how == "tuple" and set(parts) == {t} and self.chance(0.3):  # one item type: any int indexes it
            j = f"({self.int_expr(d).text}) % {len(parts)}"
        base = v.name if how == "tuple" else self.item(self.var_expr(v), elem(v.type), d).text
        lo, hi = elem_range(t)
        return Expr(f"{base}[{j}]", t, lo, hi, alias=kind(t) == "list")

    def stmt_value_assign(self) -> None:
        """A new variable of one of the new types (an empty container needs its annotation)."""
        t = self.rng.choice(value_types(self))
        k = kind(t)
        if k in ("list", "vtuple", "dict", "set") and self.chance(0.12):
            e = Expr({"list": "[]", "vtuple": "()", "dict": "{}", "set": "set()"}[k], t)
        else:
            e = self.stored(self.value_expr(t, 3), t)
        name = self.fresh(PREFIXES[k])
        # a var tuple's literal would make a fixed tuple of its own length
        annotate = e.lo == 0 and e.text in ("[]", "{}", "set()") or k in ("opt", "fn", "vtuple") or self.chance(0.3)
        self.emit(f"{name}{f': {t}' if annotate else ''} = {e.text}")
        self.declare_value(name, t, e)

    def rebindable(self) -> list[Var]:
        out = []
        for v in self.visible():
            if v.type in SCALARS or v.readonly or (kind(v.type) == "opt" and v.frozen):
                continue
            if v in self.globals and self.in_function is not None:
                continue
            out.append(v)
        return out

    def stmt_value_reassign(self) -> None:
        """A new value for a variable of a new type, keeping its invariants (minimum length, sure keys)."""
        choices = self.rebindable()
        if not choices:
            return self.stmt_value_assign()
        v = self.rng.choice(choices)
        if kind(v.type) == "dict" and v.sure:
            e = self.dict_literal(v.type, v.sure)
        elif kind(v.type) == "fn":
            e = self.lambda_expr(v.type)  # one call costs no more than the value it replaces
        else:
            e = self.stored(self.value_expr(v.type, 3), v.type, v.lo)
            if kind(v.type) == "range" and e.hi > v.box:  # a short range variable stays short
                e = Expr(f"{e.text}[:{int(v.box)}]", v.type, min(e.lo, v.box), v.box)
        self.emit(f"{v.name} = {e.text}")

    def stmt_alias(self) -> None:
        """`ys = xs`: a second name for a container. Through it the size only grows, guarded, as a callee's
        would (it is not the owner), and a loop over either name keeps the container's size fixed."""
        containers = [v for v in self.visible() if kind(v.type) in ("list", "dict", "set")]
        if not containers:
            return self.stmt_value_assign()
        v = self.rng.choice(containers)
        name = self.fresh(PREFIXES[kind(v.type)])
        self.emit(f"{name} = {v.name}")
        self.declare(Var(name, v.type, v.box, lo=0, owner=PARAM, alias_of=v.alias_of or v))

