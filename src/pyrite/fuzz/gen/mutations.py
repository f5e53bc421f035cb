"""Statements that change lists and strs in place (features "lists", "list_methods", "slices", "sorting").

Every list keeps LISTBOX as its bound: growth is guarded (`if len(xs) < LISTBOX`)
or cut back at once (`del xs[LISTBOX:]`), so a callee may grow a list it was
given. A shrinking statement only runs in the frame that owns the list and keeps
its minimum length (`if len(xs) > lo`, or deletes only at indexes >= lo).
Element updates keep the element ranges (`xs[i] += k`, |k| <= 9).
"""

from __future__ import annotations

from .ranges import LISTBOX, STRBOX, Var
from .shapes import dict_kv, elem, kind


class Mutations:
    """Generator methods for in-place list and str statements (mixed into Generator)."""

    def list_vars(self, shrink: bool = False) -> list[Var]:
        named = [v for v in self.visible() if kind(v.type) == "list" and (not shrink or self.owns(v))]
        return named + self.inner_lists()

    def inner_lists(self) -> list[Var]:
        """Inner lists surely there (`xss[0]` of a nested list never empty, `d[k]` of a sure key), as stand-in
        variables: an inner list's length has no bounds but 0 and LISTBOX, so any frame may change it."""
        out = []
        for v in self.visible():
            if kind(v.type) == "list" and kind(elem(v.type)) == "list" and v.lo >= 1:
                out.append(Var(f"{v.name}[{self.rng.choice([0, -1])}]", elem(v.type), LISTBOX, owner=self.in_function))
            elif kind(v.type) == "dict" and kind(dict_kv(v.type)[1]) == "list" and v.sure:
                out.append(Var(f"{v.name}[{self.rng.choice(v.sure)}]", dict_kv(v.type)[1], LISTBOX, owner=self.in_function))
        return out

    def stmt_list_grow(self) -> None:
        lists = self.list_vars()
        if not lists:
            return self.stmt_value_assign()
        v = self.rng.choice(lists)
        et = elem(v.type)
        x = self.element(et, 2).text
        k = self.rng.randrange(4)
        if k < 2:
            self.emit(f"if len({v.name}) < {LISTBOX}:")
            if k == 0:
                self.emit(f"    {v.name}.append({x})")
            else:
                self.emit(f"    {v.name}.insert({self.rng.choice([0, 1, -1, 100, -100])}, {x})")
            return
        other = self.list_expr(v.type, 1)
        self.charge(other.hi / 4)
        rebinds = not v.readonly and (v not in self.globals or self.in_function is None or v.name in self.writable_globals)
        self.emit(f"{v.name} += {other.text}" if k == 3 and rebinds else f"{v.name}.extend({other.text})")
        self.emit(f"if len({v.name}) > {LISTBOX}:")
        self.emit(f"    del {v.name}[{LISTBOX}:]")

    def stmt_list_shrink(self) -> None:
        """pop, remove, del (an index, a slice), clear, a loop that drains: never below the list's lo."""
        lists = self.list_vars(shrink=True)
        if not lists:
            return self.stmt_list_grow()
        v = self.rng.choice(lists)
        et = elem(v.type)
        k = self.rng.randrange(7)
        guard = f"if len({v.name}) > {v.lo}:" if v.lo or self.chance(0.5) else f"if {v.name}:"
        if k == 0:
            self.emit(guard)
            index = self.rng.choice(["", "0", "-1", f"{self.int_expr(1).text} % len({v.name})"])
            self.emit(f"    print({v.name}.pop({index}))" if self.chance(0.5) else f"    {v.name}.pop({index})")
        elif k == 1:
            x = self.fit(self.expr(et, 1), et).text
            self.emit(f"if {x} in {v.name} and len({v.name}) > {v.lo}:")
            self.emit(f"    {v.name}.remove({x})")
        elif k == 2:
            self.emit(guard)
            self.emit(f"    del {v.name}[{self.rng.choice(['0', '-1', f'{self.int_expr(1).text} % len({v.name})'])}]")
        elif k == 3:  # only indexes >= lo go
            step = self.rng.choice(["", ":2", ":3"])  # forward from an index >= lo
            stop = self.rng.choice(["", f"{v.lo + self.rng.randint(0, 3)}"])
            self.emit(f"del {v.name}[{v.lo + self.rng.randint(0, 2)}:{stop}{step}]")
        elif k == 4 and v.lo == 0:
            self.emit(f"{v.name}.clear()")
        elif k == 5:
            self.drain(v)
        else:
            self.emit(f"{v.name}[{v.lo}:] = {self.list_expr(v.type, 1).text}")
            self.emit(f"if len({v.name}) > {LISTBOX}:")
            self.emit(f"    del {v.name}[{LISTBOX}:]")

    def drain(self, v: Var) -> None:
        """`while len(xs) > lo: x = xs.pop()` (at most LISTBOX trips)."""
        if self.mult * LISTBOX * 2 > 4000 or self.depth >= 3:
            return self.emit(f"print(len({v.name}))")
        x = self.fresh("p")
        self.emit(f"while len({v.name}) > {v.lo}:" if v.lo or self.chance(0.5) else f"while {v.name}:")
        self.emit(f"    {x} = {v.name}.pop({self.rng.choice(['', '0'])})")
        self.emit(f"    print({x}, end=' ')")
        self.emit("print()")

    def stmt_list_set(self) -> None:
        """Length-neutral changes: xs[i] = v, xs[i] += k, a swap, reverse, sort, a slice of the same length."""
        lists = self.list_vars()
        if not lists:
            return self.stmt_value_assign()
        v = self.rng.choice(lists)
        et = elem(v.type)
        k = self.rng.randrange(6)
        x = self.element(et, 2).text
        if k == 0 or k == 1 and et not in ("int", "float"):
            self.store(v, lambda place: f"{place} = {x}")
        elif k == 1:
            step = self.rng.randint(-9, 9) if et == "int" else self.rng.choice(["0.5", "-1.25"])
            self.store(v, lambda place: f"{place} {self.rng.choice(['+=', '-='])} {step}")
        elif k == 2:
            self.store(v, lambda place: f"{place}, {v.name}[0] = {v.name}[0], {place}")
        elif k == 3 and self.has("list_methods"):
            self.emit(f"{v.name}.reverse()")
        elif k == 4 and (self.has("sorting") or self.has("list_methods")):
            self.emit(f"{v.name}.sort({self.sort_args(et, 1)[2:]})")
        elif self.has("slices"):
            self.emit(f"{v.name}[::2] = [{self.element(et, 1).text} for _ in {v.name}[::2]]"
                      if self.has("comprehensions") else f"{v.name}[::-1] = {v.name}[:]")
        else:
            self.emit(f"print({v.name})")

    def store(self, v: Var, statement) -> None:
        """A statement on an element that is surely there (`statement(place)` gives its text)."""
        if v.lo >= 1:
            place = f"{v.name}[{self.rng.choice([0, v.lo - 1, -1, -v.lo])}]"
            return self.emit(statement(place))
        self.emit(f"if {v.name}:")
        self.emit("    " + statement(f"{v.name}[{self.int_expr(1).text} % len({v.name})]"))

    def stmt_str_grow(self) -> None:
        """`s += t`, cut back to STRBOX (never below the variable's lo)."""
        strs = [v for v in self.rebindable() if v.type == "str"]
        if not strs:
            return self.stmt_value_assign()
        v = self.rng.choice(strs)
        t = self.str_expr(2)
        self.emit(f"{v.name} += {t.text}")
        self.emit(f"if len({v.name}) > {STRBOX}:")
        cut = self.rng.choice([f"[:{STRBOX}]", f"[-{STRBOX}:]", f"[{self.rng.randint(1, 8)}:][:{STRBOX}]"])
        if v.lo > STRBOX - 8:
            cut = f"[:{STRBOX}]"
        self.emit(f"    {v.name} = {v.name}{cut}")

