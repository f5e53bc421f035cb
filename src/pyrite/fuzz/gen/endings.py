"""Deliberate endings with the str and container features: errors CPython raises the same way every run.

IndexError (an index past the end, pop from an empty list), KeyError (a key
outside every domain, set.remove), ValueError (list.remove/index of a missing
value, str.index, int('x'), min of an empty list, unpacking, a zero slice step),
RuntimeError (a dict or set that changes size while a loop iterates over it).
"""

from __future__ import annotations

from .shapes import dict_kv, elem, kind


class Endings:
    """Generator methods for the deliberate container errors (mixed into Generator)."""

    def container_error(self) -> None:
        kinds = [k for k, feature in (("index", "lists"), ("pop", "lists"), ("missing", "lists"), ("key", "dicts"),
                                      ("resize", "dicts"), ("set", "sets"), ("text", "strings"), ("parse", "strings"),
                                      ("unpack", "tuples"), ("empty", "lists"), ("step", "slices"),
                                      ("range", "ranges"), ("range", "ranges"), ("vtindex", "vartuples"),
                                      ("vtunpack", "vartuples"), ("vtmissing", "vartuples"))
                 if self.has(feature)]
        if not kinds:
            return self.deliberate_raise()
        self.emit("# deliberate error")
        getattr(self, "end_" + self.rng.choice(kinds))()

    def some_var(self, k: str, et: str | None = None):
        vs = [v for v in self.visible() if kind(v.type) == k and (et is None or elem(v.type) == et)]
        return self.rng.choice(vs) if vs else None

    def end_index(self) -> None:
        v = self.some_var("list") or self.some_var("str")
        self.index_past(v.name if v is not None else "[1, 2, 3]")

    def index_past(self, seq: str) -> None:
        """IndexError: an index just past either end of the sequence `seq` (a str, list or tuple)."""
        self.emit(f"print({seq}[len({seq}) + {self.rng.choice([0, 1, 5])}])" if self.chance(0.6)
                  else f"print({seq}[-len({seq}) - 1])")

    def end_pop(self) -> None:
        v = self.some_var("list")
        seq = v.name if v is not None else "[1.5]"
        self.emit(f"print({seq}[:0].pop())" if self.chance(0.5) else f"print({seq}[len({seq}):].pop(0))")

    def end_missing(self) -> None:
        v = self.some_var("list", "int") or self.some_var("list", "str")
        seq, missing = (v.name, "123456789" if elem(v.type) == "int" else "'not there'") if v else ("[1, 2]", "3")
        self.emit(f"{seq}.remove({missing})" if self.chance(0.5) else f"print({seq}.index({missing}))")

    def end_key(self) -> None:
        dicts = [v for v in self.visible() if kind(v.type) == "dict" and dict_kv(v.type)[0] != "bool"]
        if not dicts:
            return self.emit("print({'a': 1}['b'])")
        v = self.rng.choice(dicts)
        missing = {"str": "'zz'", "float": "99.5", "int": str(self.rng.choice([99, -7, 1000]))}[dict_kv(v.type)[0]]
        self.emit(self.rng.choice([f"print({v.name}[{missing}])", f"del {v.name}[{missing}]", f"{v.name}.pop({missing})"]))

    def end_resize(self) -> None:
        d, k = self.fresh("d"), self.fresh("k")
        self.emit(f"{d} = {{1: 'a', 2: 'b'}}")
        self.emit(f"for {k} in {d}:")
        self.emit(f"    {d}[{k} + 10] = 'c'" if self.chance(0.5) else f"    del {d}[{k}]")

    def end_set(self) -> None:
        v = self.some_var("set", "int")
        s = v.name if v is not None else "{1, 2}"
        k = self.rng.randrange(3)
        if k == 0:
            self.emit(f"{s}.remove(987654)")
        elif k == 1:
            self.emit(f"print(({s} - {s}).pop())")
        else:
            t, x = self.fresh("t"), self.fresh("x")
            self.emit(f"{t} = {{1, 2, 3}}")
            self.emit(f"for {x} in {t}:")
            self.emit(f"    {t}.{self.rng.choice(['add', 'discard'])}({x} + {self.rng.choice([0, 1, 1000])})")

    def end_text(self) -> None:
        v = self.some_var("str")
        s = v.name if v is not None else "'abc'"
        self.emit(self.rng.choice([f"print({s}.index('#'))", f"print({s}.rindex('~', 1))", f"print(chr(-1 - len({s})))",
                                   f"print({s}.split(''))", f"print(ord({s} + 'xy'))"]))

    def end_parse(self) -> None:
        v = self.some_var("str")
        s = f"({v.name} + 'x')" if v is not None else "str(math.pi)[:4]"
        texts = ["str(math.pi)[:4]", "str(math.e) + 'j'", "' ' * len(str(math.tau))", "str(-math.pi)[::-1]"]
        s = s if self.chance(0.5) else self.rng.choice(texts)  # a literal would be parsed (and rejected) at compile time
        # each text is invalid as a whole in these bases (a valid one could overflow 64 bits: a documented deviation)
        self.emit(self.rng.choice([f"print(int({s}))", f"print(float({s}))", f"print(int({s}, 16))", f"print(int({s}, 2))"]))

    def end_unpack(self) -> None:
        names = [self.fresh("z") for _ in range(self.rng.choice([1, 2, 3]))]
        items = self.rng.choice(["[1, 2, 3, 4]", "[1][:0]", "list('ab' * 3)", "[7]" if len(names) > 1 else "list(range(5))"])
        self.emit(f"{', '.join(names)}{',' if len(names) == 1 else ''} = {items}")
        self.emit(f"print({', '.join(names)})")

    def end_empty(self) -> None:
        v = self.some_var("list", "int") or self.some_var("list", "float")
        seq = v.name if v is not None else "[4, 5]"
        self.emit(f"print({self.rng.choice(['min', 'max'])}({seq}[len({seq}):]))")

    def end_step(self) -> None:
        v = self.some_var("list") or self.some_var("str")
        seq = v.name if v is not None else "'xyz'"
        self.emit(f"print({seq}[::{self.rng.choice(['0', f'len({seq}) - len({seq})'])}])")
