"""IR types: the handful of machine-level types Pyrite IR computes with.

    i1        a bool
    i64       a Python int (64-bit, checked)
    f64       a Python float (IEEE double)
    str       a reference to a str object (ADR 0006: reference counted)
    list, tuple, dict, set
              references to container objects; the element types are in the
              type descriptor the object was made with
    tdesc     a type descriptor: `const.tdesc "list[int]"` (the runtime reads
              it to print, compare, hash and free values of that type)
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

    @property
    def is_ref(self) -> bool:
        """A reference to a heap object: reference counted (ADR 0006)."""
        return self.name in REF_NAMES


I1 = Type("i1")
I64 = Type("i64")
F64 = Type("f64")
STR = Type("str")
LIST = Type("list")
TUPLE = Type("tuple")
DICT = Type("dict")
SET = Type("set")
TDESC = Type("tdesc")
NONE = Type("none")

REF_NAMES = {"str", "list", "tuple", "dict", "set"}
SCALARS = {t.name: t for t in (I1, I64, F64, STR, LIST, TUPLE, DICT, SET, TDESC, NONE)}

# In runtime signatures only (ir/rtfuncs.py): an operand of any value type, or a
# result whose type the op states (`rt @list_get(%l, %i) : f64`); an operand of
# any reference type.
ANY = Type("any")
OBJ = Type("obj")


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
