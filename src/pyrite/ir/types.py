"""IR types: the handful of machine-level types Pyrite IR computes with.

    i1        a bool
    i64       a Python int (64-bit, checked)
    f64       a Python float (IEEE double)
    str       an immutable string (version 0: constants and error messages)
    none      the type of nothing; only as a function's return type
    slot<T>   the address of a mutable cell holding a T (locals before mem2reg,
              module globals)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Type:
    name: str
    elem: "Type | None" = None

    def __str__(self) -> str:
        return f"slot<{self.elem}>" if self.name == "slot" else self.name

    @property
    def is_slot(self) -> bool:
        return self.name == "slot"


I1 = Type("i1")
I64 = Type("i64")
F64 = Type("f64")
STR = Type("str")
NONE = Type("none")

SCALARS = {t.name: t for t in (I1, I64, F64, STR, NONE)}


def slot(elem: Type) -> Type:
    return Type("slot", elem)


def parse_type(text: str) -> Type | None:
    """The type spelled `text`, or None if it is not a type."""
    if text in SCALARS:
        return SCALARS[text]
    if text.startswith("slot<") and text.endswith(">"):
        inner = parse_type(text[5:-1])
        return slot(inner) if inner is not None else None
    return None
