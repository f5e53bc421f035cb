"""Value ranges: the intervals and boxes that keep every program inside 64 bits.

Every int value carries an interval; every int variable has a box it always
stays in (NORMAL, or ACC for accumulators that only grow by small steps), and
an assignment whose interval leaves the box is wrapped (`% m`, `& mask`), so no
program leaves 64 bits (where Pyrite raises OverflowError and CPython not).
Floats stay finite and bounded by a magnitude; a divisor is never zero.

Strings and containers keep invariants that hold at every point of the program,
whatever path led there (so loops and calls cannot break them): a str or list
variable's length stays in [lo, box] (a shrinking operation is guarded by
`len(xs) > lo`, a growing one by `len(xs) < LISTBOX`), a dict variable always
holds its `sure` keys, and container elements stay in ELEM_INT / ELEM_FLOAT.
An Expr's lo/hi is its value's interval (int, float), its length's (str, list,
set, dict), or for a function value the cost of one call (hi).
"""

from __future__ import annotations

from dataclasses import dataclass, field

NORMAL = 1 << 20  # int variables stay in [-NORMAL, NORMAL]
ACC = 1 << 44  # accumulators stay in [-ACC, ACC]
BIG = (1 << 62) - 1  # "bigint" literals: |v| <= BIG, so one add or sub of two operands stays in 64 bits
LIMIT = 1 << 50  # an int expression whose interval leaves this is wrapped before use
FNORMAL = 1e6  # float variables: |x| <= FNORMAL
FACC = 1e12
FLIMIT = 1e15
BUDGET = 4000  # dynamic statement executions, roughly
MAX_TRIP = 12
STRBOX = 32  # str variables: len <= STRBOX
LISTBOX = 12  # every list: len <= LISTBOX (one bound for all, so a callee can guard growth of a parameter)
SETBOX = 16  # every set: len <= SETBOX
RANGEBOX = 2 * NORMAL + 1  # every range value: len <= RANGEBOX (rangevalues.py)
DICTBOX = 16  # dicts: every key comes from a domain of at most 16 values (shapes.py, key_expr)
ELEM_INT = 1 << 26  # int elements: stored boxed to NORMAL, then changed only by `+= k` with |k| <= 9 (a few million times at most)
ELEM_FLOAT = 1e8
CHEAP = 40  # the cost of calling a function value whose origin is not known here


@dataclass
class Expr:
    text: str
    type: str  # "int" | "float" | "bool" | "str" | "list[int]" | ... (shapes.py)
    lo: float = 0
    hi: float = 0
    alias: bool = False  # a container that names an existing object (a variable), not a new one
    keys: tuple = ()  # a dict's keys (literal texts) that are surely present
    fixed: bool = False  # a fixed tuple (a literal `(1, 2)`, a pair) standing for a tuple[T, ...] (vartuples.py)

    @property
    def mag(self) -> float:
        return max(abs(self.lo), abs(self.hi))


@dataclass
class Var:
    name: str
    type: str
    box: float  # |value| <= box (ints and floats); 1 for bools; the length bound of str and containers
    acc: bool = False
    readonly: bool = False
    lo: int = 0  # str, list, set: len >= lo always
    owner: object = None  # the Func whose frame owns the container (None: the module), or PARAM
    sure: tuple = ()  # dict keys (literal texts) that are always present
    frozen: int = 0  # > 0 while a loop iterates over it (dicts, sets) or a block narrows it (optionals)
    cost: int = 1  # what calling it costs (Callable variables)
    alias_of: object = None  # the variable whose container this one names too (values.stmt_alias)


PARAM = "param"  # Var.owner of a parameter: the caller owns the object


@dataclass
class Func:
    name: str
    params: list[tuple[str, str, str | None]]  # name, type, default literal
    ret: str  # "int" | "float" | "bool" | "None" | any type of shapes.py
    cost: int
    recursive: bool = False
    ret_lo: int = 0  # the returned str's or list's length is at least this


@dataclass
class Scope:
    vars: list[Var] = field(default_factory=list)


class Ranges:
    """Generator methods that wrap an expression back into a range (mixed into Generator)."""

    def wrap_text(self, text: str, type_: str) -> str:
        if type_ == "int":
            return f"{text} % {self.rng.choice([97, 1000, 65536, 1000003 % NORMAL])}"
        return f"math.fmod({text}, {self.rng.choice(['1000.0', '7.5', '100000.0'])})"

    def boxed(self, e: Expr, type_: str) -> Expr:
        """`e` wrapped so that it fits a NORMAL variable."""
        if type_ == "int" and e.mag > NORMAL:
            m = self.rng.choice([97, 1000, 4096, 65536, 1000003 % NORMAL])
            if self.chance(0.5):
                return Expr(f"(({e.text}) % {m})", "int", 0, m - 1)
            return Expr(f"(({e.text}) & 0xFFFF)", "int", 0, 0xFFFF)
        if type_ == "float" and e.mag > FNORMAL:
            return Expr(f"math.fmod({e.text}, 1000.0)", "float", -1000.0, 1000.0)
        return e

    def small(self, e: Expr, limit: float) -> Expr:
        if e.mag <= limit:
            return e
        if e.type == "int":
            return Expr(f"(({e.text}) % 1000)", "int", 0, 999)
        return Expr(f"math.fmod({e.text}, 100.0)", "float", -100.0, 100.0)

    def nonzero_int(self, e: Expr) -> Expr:
        if e.lo > 0 or e.hi < 0:
            return e
        m = self.rng.choice([3, 7, 10, 16, 101])
        sign = "-" if self.chance(0.3) else ""
        if sign:
            return Expr(f"-({e.text} % {m} + 1)", "int", -m, -1)
        return Expr(f"({e.text} % {m} + 1)", "int", 1, m)

    def nonzero_float(self, e: Expr) -> Expr:
        sign = "-" if self.chance(0.3) else ""
        return Expr(f"{sign}(abs({e.text}) + {self.rng.choice(['1.0', '0.5', '2.0'])})", "float", -e.mag - 2.0, e.mag + 2.0)
