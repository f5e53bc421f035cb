"""Lowering Pyrite IR to LLVM IR: modules, functions, blocks and values.

    func @inc(%x: i64) -> i64 {          define internal i64 @"py.inc"(i64 %caller.depth, i64 %x) {
    ^entry:                              prologue:  ; depth = caller's + 1, RecursionError check
      %one = const.i64 1                   ...
      %y = add.i64 %x, %one  loc(3:11)   entry:
      ret %y                               %r = call {i64, i1} @llvm.sadd.with.overflow.i64(...)
    }                                      br i1 %o, label %raise.OverflowError, label %ok, !prof !0
                                         ...

Types: i1 -> i1, i64 -> i64, f64 -> double, slot<T> -> ptr, none -> void;
references (str, list, tuple, dict, set) and tdesc -> ptr (objects of the C
runtime, runtime/c/pyrite.h; constants are static objects, `objects.py`). Block arguments become phis. Every Pyrite function is an internal
`py.NAME`; the C `main` runs `py.__module__` and reports an uncaught exception.

The call depth (CPython's recursion limit) travels as a hidden first argument:
each function receives its caller's depth and passes its own to its callees. So
the count costs an add and a compare in registers, with no global updated on
every call and return, and needs no restoring when an exception unwinds.

The ops themselves are lowered by `lower_ops.py`, the raise and propagation
paths by `exceptions.py`; the runtime (`pyrite.runtime`) is emitted into the
same LLVM module and made internal so LLVM can inline it.
"""

from __future__ import annotations

import llvmlite.ir as ir

from ..ir.cfg import reverse_postorder
from ..ir.ops import Block, Const, Function, Module, Op, Value
from ..ir.types import Type
from . import target
from .exceptions import Unwinder
from .objects import StaticObjects
from .runtime_abi import RuntimeABI

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
VOID = ir.VoidType()

_TYPES = {"i1": I1, "i64": I64, "f64": F64, "none": VOID, "tdesc": PTR,
          "str": PTR, "list": PTR, "tuple": PTR, "dict": PTR, "set": PTR}

FUNCTION_PREFIX = "py."
GLOBAL_PREFIX = "pyg."


class LoweringError(Exception):
    """The IR cannot be lowered (malformed, or the runtime lacks something it needs)."""


def lltype(ty: Type) -> ir.Type:
    if ty.is_slot:
        return PTR
    try:
        return _TYPES[ty.name]
    except KeyError:
        raise LoweringError(f"no LLVM type for IR type {ty}") from None


def zero(ty: ir.Type) -> ir.Constant:
    return ir.Constant(ty, None)


def lower_module(module: Module, triple: str | None = None, *, runtime: bool = True) -> ir.Module:
    """The LLVM module for `module` (with the runtime in it), for `triple` (default: host).

    runtime=False declares the runtime instead of defining it, for a caller that
    links a runtime built once into many programs (the fuzzer's native runs)."""
    return ModuleLowering(module, target.resolve_triple(triple), runtime).run()


class ModuleLowering:
    """Module-wide state: the LLVM module, interned constants, functions, globals."""

    def __init__(self, module: Module, triple: str, runtime: bool = True):
        self.module = module
        self.triple = triple
        self.ptr_bits = target.pointer_bits(triple)
        self.llmod = ir.Module(name=module.filename)
        self.llmod.triple = triple
        self.llmod.data_layout = target.data_layout(triple)
        self.rt = RuntimeABI(self.llmod, self.ptr_bits, target.libm(triple), define=runtime)
        self.functions: dict[str, ir.Function] = {}
        self.globals: dict[str, ir.GlobalVariable] = {}
        self._strings: dict[str, tuple[ir.GlobalVariable, ir.Constant]] = {}
        self._cstrings: dict[str, ir.GlobalVariable] = {}
        self.objects = StaticObjects(self)
        # !prof weights: the raise side of a check is taken about never.
        weights = [ir.Constant(I32, 1), ir.Constant(I32, 1 << 20)]
        self.unlikely_then = self.llmod.add_metadata(["branch_weights", *weights])
        self.unlikely_else = self.llmod.add_metadata(["branch_weights", *reversed(weights)])

    @property
    def size_t(self) -> ir.IntType:
        return ir.IntType(self.ptr_bits)

    def run(self) -> ir.Module:
        for name, ty in self.module.globals.items():
            self._declare_global(name, ty)
        for fn in self.module.functions.values():
            self._declare_function(fn)
        for fn in self.module.functions.values():
            FunctionLowering(self, fn).run()
        self._emit_main()
        return self.llmod

    def _declare_global(self, name: str, ty: Type) -> None:
        gv = ir.GlobalVariable(self.llmod, lltype(ty), GLOBAL_PREFIX + name)
        gv.linkage = "internal"
        gv.initializer = zero(gv.value_type)
        self.globals[name] = gv

    def _declare_function(self, fn: Function) -> None:
        fnty = ir.FunctionType(lltype(fn.ret), [I64] + [lltype(p.type) for p in fn.params])
        llfn = ir.Function(self.llmod, fnty, FUNCTION_PREFIX + fn.name)
        llfn.linkage = "internal"
        llfn.attributes.add("nounwind")
        llfn.args[0].name = "caller.depth"
        for param, arg in zip(fn.params, llfn.args[1:]):
            arg.name = param.name or f"arg{param.id}"
        self.functions[fn.name] = llfn

    # int main(int argc, char **argv): run the module, report or flush.
    def _emit_main(self) -> None:
        main = ir.Function(self.llmod, ir.FunctionType(I32, [I32, PTR]), target.main_symbol(self.triple))
        main.attributes.add("nounwind")
        argc, argv = main.args
        argc.name, argv.name = "argc", "argv"
        b = ir.IRBuilder(main.append_basic_block("entry"))
        self.rt.set_args(b, argc, argv)
        entry = self.functions.get(Module.ENTRY)
        if entry is not None:
            if len(entry.args) != 1:
                raise LoweringError(f"@{Module.ENTRY} must take no parameters")
            b.call(entry, [ir.Constant(I64, 0)])
        failed = main.append_basic_block("uncaught")
        done = main.append_basic_block("done")
        b.cbranch(self.rt.exc_pending(b), failed, done).set_metadata("prof", self.unlikely_then)
        b.position_at_end(failed)
        b.call(self.rt.fn("pyrite_report_uncaught"), [])
        b.ret(ir.Constant(I32, 1))  # report_uncaught exits(1); this keeps main's CFG honest
        b.position_at_end(done)
        b.call(self.rt.fn("pyrite_flush"), [])
        if self._makes_objects():  # PYRITE_LEAKCHECK=1: objects still alive -> status 70
            status = b.call(self.objects.c_function("pyr_leak_check"), [])
            b.ret(b.trunc(status, I32))
        else:
            b.ret(ir.Constant(I32, 0))

    def _makes_objects(self) -> bool:
        """Does the program create objects at run time (not only use constants)?"""
        for fn in self.module.functions.values():
            for op in fn.ops():
                if op.result is not None and op.result.type.is_ref and not isinstance(op, Const):
                    return True
        return False

    # ---- constants ----
    def str_parts(self, text: str) -> tuple[ir.GlobalVariable, ir.Constant]:
        """The (pointer, length) of a string constant."""
        if text not in self._strings:
            data = text.encode("utf-8")
            gv = self._bytes_global(f"str.{len(self._strings)}", data)
            self._strings[text] = gv, ir.Constant(I64, len(data))
        return self._strings[text]

    def cstring(self, text: str) -> ir.GlobalVariable:
        """A NUL-terminated copy of `text` (file and function names for tracebacks)."""
        if text not in self._cstrings:
            self._cstrings[text] = self._bytes_global(f"cstr.{len(self._cstrings)}", text.encode("utf-8") + b"\0")
        return self._cstrings[text]

    def _bytes_global(self, name: str, data: bytes) -> ir.GlobalVariable:
        ty = ir.ArrayType(I8, len(data))
        gv = ir.GlobalVariable(self.llmod, ty, name)
        gv.initializer = ir.Constant(ty, bytearray(data))
        gv.global_constant = True
        gv.linkage = "private"
        gv.unnamed_addr = True
        gv.type = PTR  # an opaque `ptr` like every other address (llvmlite says `[N x i8]*`)
        return gv

    def intrinsic(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        """An LLVM intrinsic (or libc function), declared on first use."""
        existing = self.llmod.globals.get(name)
        if existing is not None:
            return existing
        return ir.Function(self.llmod, ir.FunctionType(ret, args), name)


class FunctionLowering:
    """One function: its values, blocks, builder and exception paths."""

    def __init__(self, ml: ModuleLowering, fn: Function):
        self.ml = ml
        self.fn = fn
        self.llfn = ml.functions[fn.name]
        self.is_entry = fn.name == Module.ENTRY
        self.pyname = fn.pyname or ("<module>" if self.is_entry else fn.name)
        self.values: dict[Value, ir.Value] = {}
        self.blocks: dict[Block, ir.Block] = {}
        self.prologue = self.llfn.append_basic_block("prologue")
        self.allocas = ir.IRBuilder(self.prologue)
        self.builder = ir.IRBuilder()
        self.unwinder = Unwinder(self)
        self.ret_type = self.llfn.function_type.return_type
        self.depth: ir.Value = ir.Constant(I64, 1)  # this frame's depth; the module frame is 1

    def run(self) -> None:
        from .lower_ops import lower_op

        self.values.update(zip(self.fn.params, self.llfn.args[1:]))
        if not self.is_entry:
            self.depth = self.allocas.add(self.llfn.args[0], ir.Constant(I64, 1), name="depth")
        order = reverse_postorder(self.fn)
        for block in order:
            self.blocks[block] = self.llfn.append_basic_block(block.name)
        for block in order:
            self.builder.position_at_end(self.blocks[block])
            for param in block.params:
                self.values[param] = self.builder.phi(lltype(param.type), name=param.name or "")
        for block in order:
            self.builder.position_at_end(self.blocks[block])
            for op in block.ops:
                lower_op(self, op)
            if not self.builder.block.is_terminated:
                raise LoweringError(f"@{self.fn.name}: block ^{block.name} has no terminator")
        self._finish_prologue(self.blocks[order[0]])
        self.unwinder.finish()

    # prologue: allocas, then (except in the module frame) the depth check,
    # CPython's RecursionError when the depth passes the limit.
    def _finish_prologue(self, entry: ir.Block) -> None:
        if self.is_entry:
            self.allocas.branch(entry)
        else:
            self.unwinder.enter_frame(self.allocas, entry)

    # ---- helpers for lower_ops ----
    def v(self, value: Value) -> ir.Value:
        try:
            return self.values[value]
        except KeyError:
            raise LoweringError(f"@{self.fn.name}: {value!r} is used before it is defined") from None

    def set(self, op: Op, value: ir.Value) -> None:
        if op.result is not None:
            self.values[op.result] = value

    def line(self, op: Op) -> int:
        return op.loc.line if op.loc is not None else 0

    def alloca(self, ty: ir.Type, name: str = "") -> ir.AllocaInstr:
        return self.allocas.alloca(ty, name=name)

    def jump(self, target: Block, args: list[Value]) -> None:
        """`br ^target(args)`: feed the target's phis from the current LLVM block."""
        here = self.builder.block
        for param, arg in zip(target.params, args):
            self.values[param].add_incoming(self.v(arg), here)
        self.builder.branch(self.blocks[target])

    def edge(self, target: Block, args: list[Value], name: str) -> ir.Block:
        """A block to branch to for `^target(args)`: the target itself if it needs no phis fed."""
        if not target.params:
            return self.blocks[target]
        saved = self.builder.block
        trampoline = self.llfn.append_basic_block(f"{name}.{target.name}")
        self.builder.position_at_end(trampoline)
        self.jump(target, args)
        self.builder.position_at_end(saved)
        return trampoline

    def call(self, callee: str, args: list[ir.Value], name: str = "") -> ir.Value:
        """Call Pyrite function `callee`, passing this frame's depth."""
        return self.builder.call(self.ml.functions[callee], [self.depth, *args], name=name)

    def ret(self, value: ir.Value | None) -> None:
        if value is None:
            self.builder.ret_void()
        else:
            self.builder.ret(value)

    def ret_dummy(self, b: ir.IRBuilder) -> None:
        """Return with an exception pending: the value is never looked at."""
        if isinstance(self.ret_type, ir.VoidType):
            b.ret_void()
        else:
            b.ret(zero(self.ret_type))
