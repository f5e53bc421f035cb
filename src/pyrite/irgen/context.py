"""Per-function lowering state: the builder, where each variable lives, loop targets.

One `FnContext` lowers one IR function (a `def`, or `@__module__` for the top
level). Blocks are created detached from control flow and *entered* once every
branch to them has been emitted, so the context knows which blocks are
reachable: entering a block that nothing branches to drops it, and the
statements that would have gone there (dead code after `while True:`, an
`if False:` body) are never lowered.

A variable's storage is a list of cells: one for a value (a tuple is one
runtime object, ADR 0008), none for a `None` one:
slots for locals, `@name` globals for module variables. Its definedness flag
is an `i1` cell too: `@name.defined` for a global, `%name.bound` for a local
that the frontend says may be read before assignment.
"""

from __future__ import annotations

import ast
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..frontend.typed import FuncInfo, Global, Local, PyType, TypedModule, tuple_of
from ..ir.builder import Builder, Rewriter
from ..ir.ops import Block, Function, Loc, Module, Value
from ..ir.types import DICT, F64, I1, I64, LIST, NONE, SET, STR, TDESC, TUPLE, Type


class IrgenError(Exception):
    """A construct irgen cannot lower: the frontend should have rejected it."""

    def __init__(self, message: str, node: ast.AST | None = None):
        where = f"line {node.lineno}:{node.col_offset}: " if hasattr(node, "lineno") else ""
        super().__init__(f"irgen: {where}{message}")


SCALAR_TYPES = {"int": I64, "float": F64, "bool": I1, "str": STR, "None": NONE, "list": LIST, "tuple": TUPLE,
                "dict": DICT, "set": SET, "Callable": TUPLE,  # a function value is a tuple (ADR 0009)
                "range": TUPLE}  # so is a range object, descriptor "range" (ADR 0012)


def ir_type(t: PyType) -> Type:
    """The IR type of a Python type's values (a tuple value is a runtime object).
    T | None is a reference that is null for None: T's own, or a 1-tuple box for a scalar T."""
    if t.is_optional:
        inner = ir_type(t.elem)
        return inner if inner.is_ref else TUPLE
    if t.name not in SCALAR_TYPES:
        raise IrgenError(f"type {t} has no single IR type")
    return SCALAR_TYPES[t.name]


def leaves(t: PyType) -> list[PyType]:
    """The types of the cells a variable of type `t` needs: none for None."""
    return [] if ir_type(t) == NONE else [t]


def flatten(value, t: PyType) -> list[Value]:
    """The IR values a variable's cells hold for `value` (a Value, or None)."""
    return [] if ir_type(t) == NONE else [value]


def rebuild(t: PyType, values):
    """The inverse of `flatten`: consume values from the iterator `values`."""
    return None if ir_type(t) == NONE else next(values)


def descriptor_text(t: PyType) -> str:
    """A type's runtime descriptor text: its Python spelling, where a function
    value (a tuple of its own shape, ADR 0009) is spelled 'tuple'."""
    if t.name == "Callable":
        return "tuple"
    if t.items:
        return f"{t.name}[" + ", ".join(descriptor_text(i) for i in t.items) + "]"
    return str(t)


def loc_of(node: ast.AST) -> Loc:
    return Loc(getattr(node, "lineno", 1) or 1, getattr(node, "col_offset", 0) or 0)


@dataclass
class Var:
    """Where a variable lives: slot values (a local) or global names (a module variable)."""

    name: str
    type: PyType
    cells: list[Value | str]
    flag: Value | str | None = None  # definedness cell, if it needs one
    is_global: bool = False


@dataclass
class Loop:
    continue_to: Block
    break_to: Block


@dataclass
class FnContext:
    tm: TypedModule
    module: Module
    fn: Function
    info: FuncInfo | None  # None for the top level
    b: Builder = field(init=False)
    locals: dict[str, Var] = field(default_factory=dict)
    globals: dict[str, Var] = field(default_factory=dict)
    loops: list[Loop] = field(default_factory=list)
    reached: set[Block] = field(default_factory=set)  # the blocks something branches to
    block_names: set[str] = field(default_factory=set)
    block_suffix: dict[str, int] = field(default_factory=dict)  # base name -> last suffix used
    varnames: list[str] = field(default_factory=list)  # CPython's co_varnames, for NameError
    module_names: list = field(default_factory=list)  # suggestions.ModuleName, for NameError
    comprehension_values: dict = field(default_factory=dict)  # ComprehensionVar -> its Value now
    function_values: object = None  # closures.FunctionValues: tags and dispatchers (ADR 0009)
    fused_gets: dict = field(default_factory=dict)  # d.get call -> (d, k, ix) of its find (dict_rmw)

    def __post_init__(self):
        self.b = Builder(self.fn, self.module)

    @property
    def in_function(self) -> bool:
        return self.info is not None

    # ---- the typed AST ----
    def type_of(self, node: ast.expr) -> PyType:
        t = self.tm.types.get(node)
        if t is None:
            if isinstance(node, ast.Tuple):
                return tuple_of(*(self.type_of(e) for e in node.elts))
            raise IrgenError(f"the frontend recorded no type for {ast.unparse(node)!r}", node)
        return t

    def var(self, node: ast.AST) -> Var:
        """The variable a Name (load or store) refers to."""
        binding = self.tm.names.get(node)
        match binding:
            case Local(name=name) if name in self.locals:
                return self.locals[name]
            case Global(name=name) if name in self.globals:
                return self.globals[name]
        raise IrgenError(f"no variable for {ast.unparse(node)!r} (binding {binding})", node)

    @contextmanager
    def at(self, node: ast.AST):
        """Give the ops emitted inside this block the location of `node`."""
        saved = self.b.loc
        self.b.loc = loc_of(node)
        try:
            yield
        finally:
            self.b.loc = saved

    # ---- control flow ----
    @property
    def terminated(self) -> bool:
        return self.b.terminated

    def block(self, name: str, params: list[Type] = (), names: list[str] | None = None) -> Block:
        """A new block named `name`, `name.1`, ...; it joins the function when entered."""
        unique, n = name, self.block_suffix.get(name, 0)
        while unique in self.block_names:
            n += 1
            unique = f"{name}.{n}"
        self.block_suffix[name] = n
        self.block_names.add(unique)
        block = Block(unique, parent=self.fn)
        for i, ty in enumerate(params):
            self.b.add_param(block, ty, names[i] if names else None)
        return block

    def begin(self) -> None:
        """Start the function: its entry block."""
        entry = self.block("entry")
        self.fn.blocks.append(entry)
        self.b.position_at_end(entry)

    def jump(self, target: Block, args: list[Value] = ()) -> None:
        self.reached.add(target)
        self.b.br(target, list(args))

    def branch(self, cond: Value, then: Block, else_: Block, then_args=(), else_args=()) -> None:
        self.reached.update((then, else_))
        self.b.cbr(cond, then, else_, list(then_args), list(else_args))

    def enter(self, block: Block) -> bool:
        """Continue emitting in `block`; False (and the block dropped) if nothing reaches it.

        Blocks join the function in the order they are entered, which is
        the order they are filled: the printed IR reads like the source."""
        if block not in self.reached:
            self.b.block = None
            return False
        self.fn.blocks.append(block)
        self.b.position_at_end(block)
        return True

    def continue_dead(self) -> None:
        """After a terminator inside an expression: go on emitting in an unreachable block."""
        dead = self.block("dead")
        self.fn.blocks.append(dead)
        self.b.position_at_end(dead)

    def drop_dead_tail(self) -> None:
        """Between statements: forget the current block if nothing can reach it."""
        block = self.b.block
        if block is not None and block is not self.fn.entry and block not in self.reached:
            Rewriter(self.fn, self.module).remove_block(block)
            self.b.block = None

    def tdesc(self, t: PyType) -> Value:
        """The type descriptor of `t` (ADR 0006), spelled as Python spells the type."""
        return self.b.const(descriptor_text(t), TDESC)

    def check(self, ok: Value, kind: str, message: str, name: str) -> None:
        """Raise `kind: message` unless `ok` holds; continue where it holds."""
        good, bad = self.block(f"{name}.ok"), self.block(f"{name}.{kind}")
        self.branch(ok, good, bad)
        self.enter(bad)
        self.b.raise_(kind, self.b.str(message))
        self.enter(good)

    # ---- variables ----
    def pointer(self, cell: Value | str) -> Value:
        return cell if isinstance(cell, Value) else self.b.globalref(cell)

    def load_var(self, var: Var):
        values = [self.b.load(self.pointer(cell), var.name) for cell in var.cells]
        return rebuild(var.type, iter(values))

    def store_var(self, var: Var, value) -> None:
        for cell, v in zip(var.cells, flatten(value, var.type), strict=True):
            self.b.store(self.pointer(cell), v)
        if var.flag is not None:
            self.b.store(self.pointer(var.flag), self.b.i1(True))
