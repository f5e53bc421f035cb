"""What every runtime emitter shares: the module being filled, types, constants, locals.

The runtime is written with llvmlite's IRBuilder. Mutable locals are allocas in the
entry block (`Var`), which LLVM's mem2reg turns into SSA values; loops are written with
`while_loop`. Keeping these two helpers here lets each runtime function read like the
C it replaces.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from llvmlite import ir

from pyrite.runtime import abi, libc

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
VOID = ir.VoidType()

INT64_MIN = -(2**63)


def i1(value: bool) -> ir.Constant:
    return ir.Constant(I1, int(value))


def i8(value: int) -> ir.Constant:
    return ir.Constant(I8, value)


def i32(value: int) -> ir.Constant:
    return ir.Constant(I32, value)


def i64(value: int) -> ir.Constant:
    """An i64 constant; values in [2**63, 2**64) are taken as unsigned bit patterns."""
    return ir.Constant(I64, value - 2**64 if value >= 2**63 else value)


def f64(value: float) -> ir.Constant:
    return ir.Constant(F64, value)


class Var:
    """A mutable local variable: an alloca in the entry block, read with get, written with set."""

    def __init__(self, b: ir.IRBuilder, typ: ir.Type, init: ir.Value | None = None):
        self.b, self.typ = b, typ
        with b.goto_entry_block():
            self.slot = b.alloca(typ)
        if init is not None:
            b.store(init, self.slot)

    def get(self) -> ir.Value:
        return self.b.load(self.slot, typ=self.typ)

    def set(self, value: ir.Value) -> None:
        self.b.store(value, self.slot)


@contextmanager
def while_loop(b: ir.IRBuilder, cond: Callable[[], ir.Value]) -> Iterator[ir.Block]:
    """`while cond(): body` -- the body is the with-block; yields the exit block (for break)."""
    head = b.append_basic_block("while.head")
    body = b.append_basic_block("while.body")
    done = b.append_basic_block("while.end")
    b.branch(head)
    b.position_at_end(head)
    b.cbranch(cond(), body, done)
    b.position_at_end(body)
    yield done
    if not b.block.is_terminated:
        b.branch(head)
    b.position_at_end(done)


def opaque(gv: ir.GlobalVariable) -> ir.GlobalVariable:
    """Make a global's address an opaque `ptr` (llvmlite types it `[N x T]*` otherwise),
    so addresses of differently typed globals can meet in select and phi."""
    gv.type = PTR
    return gv


def byte_buffer(b: ir.IRBuilder, size: int) -> ir.Value:
    """A stack buffer of `size` bytes (an opaque `ptr`, like context.opaque)."""
    with b.goto_entry_block():
        buf = b.alloca(ir.ArrayType(I8, size))
    buf.type = PTR
    return buf


def byte_at(b: ir.IRBuilder, base: ir.Value, index: ir.Value) -> ir.Value:
    """The address base + index of a byte."""
    return b.gep(base, [index], source_etype=I8)


def load_byte(b: ir.IRBuilder, base: ir.Value, index: ir.Value) -> ir.Value:
    return b.load(byte_at(b, base, index), typ=I8)


def store_byte(b: ir.IRBuilder, value: int | ir.Value, base: ir.Value, index: ir.Value) -> None:
    if isinstance(value, int):
        value = i8(value)
    b.store(value, byte_at(b, base, index))


class RuntimeContext:
    """The module the runtime is emitted into, with its target's size_t and linkage, and
    whose exp/log/sin/... it uses (see correctmath.py)."""

    def __init__(self, module: ir.Module, ptr_bits: int, linkage: str, libm: str = "system"):
        self.module = module
        self.libm = libm  # "system": the C library's math functions; "pyrite": correctmath.py
        self.size_t = ir.IntType(ptr_bits)
        self.linkage = "" if linkage == "external" else linkage  # llvmlite's spelling
        self._strings: dict[bytes, ir.GlobalVariable] = {}

    # functions

    def function(self, name: str) -> ir.Function:
        """The runtime function `name` (see abi.SIGNATURES), declared if not defined yet."""
        existing = self.module.globals.get(name)
        if existing is not None:
            return existing
        fn = ir.Function(self.module, abi.function_type(name), name)
        fn.attributes.add("nounwind")
        if name in abi.NORETURN:
            fn.attributes.add("noreturn")
        return fn

    def define(self, name: str) -> tuple[ir.Function, ir.IRBuilder]:
        """Start the body of public runtime function `name`; returns it and a builder."""
        fn = self.function(name)
        fn.linkage = self.linkage
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def define_helper(self, name: str, ret: ir.Type,
                      args: list[ir.Type]) -> tuple[ir.Function, ir.IRBuilder]:
        """Start the body of an internal helper that compiled code never calls."""
        fn = ir.Function(self.module, ir.FunctionType(ret, args), name)
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def helper(self, name: str) -> ir.Function:
        """An internal helper defined earlier with define_helper."""
        return self.module.globals[name]

    def libc(self, name: str) -> ir.Function:
        """A C library / libm function or an LLVM intrinsic (see libc.py)."""
        return libc.declare(self.module, name, self.size_t)

    def call(self, b: ir.IRBuilder, name: str, *args: ir.Value) -> ir.Value:
        """Call a libc function or intrinsic, converting i64 lengths to size_t."""
        fn = self.libc(name)
        params = fn.function_type.args
        fixed = [self.to_param(b, a, t) for a, t in zip(args, params, strict=False)]
        return b.call(fn, fixed + list(args[len(params):]))

    def to_param(self, b: ir.IRBuilder, value: ir.Value, typ: ir.Type) -> ir.Value:
        if isinstance(typ, ir.IntType) and isinstance(value.type, ir.IntType):
            if typ.width < value.type.width:
                return b.trunc(value, typ)
            if typ.width > value.type.width:
                return b.sext(value, typ)
        return value

    def stream(self, b: ir.IRBuilder, name: str) -> ir.Value:
        """Load the C library's `stdout` or `stderr` FILE pointer."""
        return b.load(libc.stream(self.module, name), typ=PTR)

    # data

    def global_var(self, name: str, typ: ir.Type, init: ir.Constant) -> ir.GlobalVariable:
        """Define a runtime global with the runtime's linkage."""
        gv = ir.GlobalVariable(self.module, typ, name)
        gv.linkage = self.linkage
        gv.initializer = init
        return opaque(gv)

    def cstring(self, text: str | bytes) -> ir.GlobalVariable:
        """A private NUL-terminated constant string (one per distinct text)."""
        data = text.encode() if isinstance(text, str) else text
        if data not in self._strings:
            data_z = data + b"\0"
            typ = ir.ArrayType(I8, len(data_z))
            gv = ir.GlobalVariable(self.module, typ, self.module.get_unique_name("pyrite.str"))
            gv.linkage = "private"
            gv.global_constant = True
            gv.unnamed_addr = True
            gv.initializer = ir.Constant(typ, bytearray(data_z))
            self._strings[data] = opaque(gv)
        return self._strings[data]

    # exceptions

    def kind(self, name: str) -> ir.Constant:
        """The i32 code of exception kind `name`."""
        return i32(abi.EXCEPTION_KINDS.index(name))

    def raise_error(self, b: ir.IRBuilder, kind: str, message: str) -> None:
        """Emit `raise kind(message)`: sets the pending exception; the caller returns."""
        text = message.encode()
        b.call(self.function("pyrite_raise"),
               [self.kind(kind), self.cstring(text), i64(len(text))])

    def fail_if(self, b: ir.IRBuilder, cond: ir.Value, kind: str, message: str,
                result: ir.Constant) -> None:
        """`if cond: raise kind(message)` in a function that then returns `result`."""
        with b.if_then(cond, likely=False):
            self.raise_error(b, kind, message)
            b.ret(result)

    def pending(self, b: ir.IRBuilder) -> ir.Value:
        """The i1 flag `pyrite_exc_pending` (set by a callee that raised)."""
        return b.load(self.module.globals["pyrite_exc_pending"], typ=I1)
