"""The typed AST: what the frontend hands to irgen.

The tree itself is Python's own `ast.Module` (exact spans, real syntax). The
checker does not copy it; it records what it learned in side tables keyed by
node identity (`ast` nodes hash by identity):

- `types[expr]`      the Python type of every expression node it accepted
- `names[name]`      what a `Name` (or `math.pi`-style `Attribute`) refers to
- `calls[call]`      the resolved callee of every `Call`, arguments in order
- `maybe_unbound`    the `Name` loads that may run before any assignment
- `condition_only`   the `BoolOp`s whose operands differ in type: they have no
                     value and may only be lowered as a branch condition

Irgen trusts these tables: a program reaches irgen only if the checker
reported no error, so every node it lowers has an entry.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PyType:
    """A Python-level type: int, float, bool, None, str, list[T], or a tuple of them.

    `str()` spells it as Python does, 'list[list[float]]', which is also the
    runtime's type descriptor text (ADR 0006)."""

    name: str
    items: tuple["PyType", ...] = ()

    def __str__(self) -> str:
        if self.name == "optional":
            return f"{self.items[0]} | None"
        if self.name == "Callable":
            params = ", ".join(str(t) for t in self.items[0].items)
            return f"Callable[[{params}], {self.items[1]}]"
        if self.items or self.name == "tuple":
            return f"{self.name}[" + ", ".join(str(t) for t in self.items) + "]"
        return self.name

    @property
    def is_list(self) -> bool:
        return self.name == "list"

    @property
    def is_dict(self) -> bool:
        return self.name == "dict"

    @property
    def is_set(self) -> bool:
        return self.name == "set"

    @property
    def elem(self) -> "PyType":
        """The element type of a list, or of a tuple[T, ...]."""
        return self.items[0]

    @property
    def is_optional(self) -> bool:
        """T | None: `elem` is T."""
        return self.name == "optional"

    @property
    def is_tuple(self) -> bool:
        return self.name == "tuple"

    @property
    def is_var_tuple(self) -> bool:
        """tuple[T, ...]: any number of items of one type (its runtime descriptor has nargs -1)."""
        return self.name == "tuple" and len(self.items) == 2 and self.items[1].name == "..."

    @property
    def is_callable(self) -> bool:
        """A function value, `Callable[[int, int], int]` (ADR 0009)."""
        return self.name == "Callable"

    @property
    def params(self) -> tuple["PyType", ...]:
        """The parameter types of a Callable."""
        return self.items[0].items

    @property
    def ret(self) -> "PyType":
        """The return type of a Callable."""
        return self.items[1]


INT = PyType("int")
FLOAT = PyType("float")
BOOL = PyType("bool")
NONE = PyType("None")
STR = PyType("str")
RANGE = PyType("range")  # a range object (ADR 0012)


ELLIPSIS = PyType("...")  # only as the second item of tuple[T, ...]


def tuple_of(*items: PyType) -> PyType:
    return PyType("tuple", tuple(items))


def var_tuple_of(item: PyType) -> PyType:
    """tuple[T, ...]."""
    return PyType("tuple", (item, ELLIPSIS))


def optional_of(item: PyType) -> PyType:
    """T | None."""
    return PyType("optional", (item,))


def list_of(item: PyType) -> PyType:
    return PyType("list", (item,))


def dict_of(key: PyType, value: PyType) -> PyType:
    return PyType("dict", (key, value))


def set_of(item: PyType) -> PyType:
    return PyType("set", (item,))


def callable_of(params: list[PyType] | tuple[PyType, ...], ret: PyType) -> PyType:
    return PyType("Callable", (tuple_of(*params), ret))


# ---- what a name refers to -------------------------------------------------


@dataclass(frozen=True)
class Local:
    """A local variable (or parameter) of the enclosing function."""

    name: str


@dataclass(frozen=True)
class Global:
    """A module-level variable (read or written, from anywhere)."""

    name: str


@dataclass(frozen=True)
class Constant:
    """A compile-time constant: `math.pi`, `True`, `__name__` ('__main__')."""

    value: int | float | bool | str | None


@dataclass(frozen=True)
class ComprehensionVar:
    """A variable a comprehension's `for` binds: local to the comprehension (Python 3).
    `where` (line, column of the target) tells apart two comprehensions' `x`."""

    name: str
    where: tuple[int, int]


@dataclass(frozen=True)
class Capture:
    """A variable of an enclosing function, read inside a lambda or nested def
    (captured by value when the closure is made, ADR 0009)."""

    name: str


@dataclass(frozen=True)
class FuncRef:
    """A module-level function used as a value: `apply(f, 3)`."""

    name: str


Binding = Local | Global | Constant | ComprehensionVar | Capture | FuncRef


# ---- what a call calls -----------------------------------------------------


@dataclass(frozen=True)
class CallInfo:
    """A resolved call.

    kind   'user'    a module-level function; `name` is its name
           'builtin' print abs min max int float bool str repr len round divmod pow
           'math'    a math function; `name` is e.g. 'sqrt'
           'sys'     `name` is 'exit'
           'method'  `name` is e.g. 'list.append'; `args[0]` is the receiver (xs)
           'value'   a call of a function value (a Callable variable, parameter
                     or expression); the callee is the Call's `func`
           'raise'   only inside `raise`: `name` is the exception class,
                     e.g. raise ValueError("msg")
    args   the argument expressions in parameter order, keywords already
           placed and missing arguments filled with the parameter's default
           expression (a literal). For print: the positional arguments only.
    sep, end   print's keyword arguments (str literals) or None if absent.
    """

    kind: str
    name: str
    args: list[ast.expr]
    sep: ast.expr | None = None
    end: ast.expr | None = None


@dataclass
class FuncInfo:
    """A module-level `def`: its signature and its locals' types."""

    name: str
    node: ast.FunctionDef
    params: list[tuple[str, PyType]]
    ret: PyType
    locals: dict[str, PyType]  # parameters included
    global_names: set[str] = field(default_factory=set)  # declared `global`
    # A lambda or nested def (a closure, ADR 0009): the enclosing variables it
    # reads, in the order they are stored in its environment; `node` is then an
    # ast.Lambda or the nested ast.FunctionDef.
    captures: dict[str, PyType] = field(default_factory=dict)
    pyname: str = ""  # the name tracebacks show: '<lambda>' or the def's name


@dataclass
class TypedModule:
    filename: str
    source: str
    tree: ast.Module
    functions: dict[str, FuncInfo]
    globals: dict[str, PyType]  # module-level variables, in first-assignment order
    types: dict[ast.AST, PyType]
    names: dict[ast.AST, Binding]
    calls: dict[ast.Call, CallInfo]
    maybe_unbound: set[ast.AST]
    imports: set[str] = field(default_factory=set)  # 'math', 'sys'
    closures: dict[ast.AST, FuncInfo] = field(default_factory=dict)  # lambda / nested def node -> its function
    # `a and b` / `a or b` whose operands differ in type (say int and float)
    # has no Python value of one type; it is accepted only as a condition
    # (if/while/assert test, IfExp test, `not` operand, or an operand of a
    # BoolOp that is itself condition-only or in condition position) and
    # is recorded here with type bool. Lower it as control flow only.
    condition_only: set[ast.AST] = field(default_factory=set)
