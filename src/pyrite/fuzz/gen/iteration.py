"""`for` over strs and containers: plain, enumerate, zip, reversed, dict views, tuple targets
(enumerate and zip of a dict, a set or a view too, and reversed of a dict or a view).

The trip count is the iterable's length bound; when the budget has no room for
it, the loop runs over a range instead. A dict or set variable being iterated is
frozen (its size must not change: CPython raises RuntimeError), and a list may
change under its loop only within its box, so every loop ends.
"""

from __future__ import annotations

from .ranges import BUDGET, Var
from .shapes import kind, tuple_parts


class Iteration:
    """Generator methods for loops over strs and containers (mixed into Generator)."""

    def stmt_foreach(self) -> None:
        if self.depth >= 3:
            return self.stmt_print()
        src = self.source(2, pairs=True)
        room = max(1, BUDGET // max(1, self.mult * 4))
        if src.hi > room:
            return self.stmt_for() if self.has("for") else self.stmt_print()
        names = [self.fresh("e")] + ([self.fresh("e")] if src.value else [])
        header = [self.loop_var(names[0], src)] + ([self.part_var(names[1], src.value)] if src.value else [])
        iterable, target, trips = src.text, ", ".join(names), src.hi
        item = f"({target})" if src.value else target  # an items() pair, nested in enumerate's or zip's
        k = self.rng.randrange(6)
        # enumerate and zip take any iterable, reversed a sequence, a dict or a dict view
        backward = src.kind in ("range", "str", "list", "vtuple", "dict", "view")
        if k == 0:
            start = self.rng.choice([0, 1, -3, 10])
            i = self.fresh("i")
            iterable = f"enumerate({src.text}, {start})" if start or self.chance(0.5) else f"enumerate({src.text})"
            target = f"{i}, {item}"
            header.append(Var(i, "int", abs(start) + trips + 1, readonly=True))
        elif k == 1 and backward:
            iterable = f"reversed({src.text})"
        elif k == 2:
            other = self.source(1, sequence=True)
            j = self.fresh("e")
            iterable, target = f"zip({src.text}, {other.text})", f"{item}, {j}"
            header.append(self.loop_var(j, other))
            trips = min(trips, other.hi)
        elif k == 3 and not src.value and kind(src.elem) == "tuple":
            parts = [self.fresh("e") for _ in tuple_parts(src.elem)]
            target = ", ".join(parts)
            header = [self.part_var(p, t) for p, t in zip(parts, tuple_parts(src.elem))]
        self.emit(f"for {target} in {iterable}:")
        self.pending = []
        frozen = self.iterated_vars(src.text)
        for v in frozen:
            v.frozen += 1
        self.loop_body(max(1, trips), header)
        for v in frozen:
            v.frozen -= 1

    def iterated_vars(self, text: str) -> list[Var]:
        """The dict and set variables a loop over `text` iterates (their size must not change in the body)."""
        name = text.removesuffix(".keys()").removesuffix(".values()").removesuffix(".items()")
        named = [v for v in self.visible() if v.name == name and kind(v.type) in ("dict", "set")]
        return named + [v.alias_of for v in named if v.alias_of is not None]

