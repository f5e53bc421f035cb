"""The backend's view of the runtime: emitted into the program's module, then used.

`pyrite.runtime.emit_runtime` defines the runtime's C-ABI functions and globals
(see `runtime/abi.py`) in the same LLVM module as the program. They stay external
until the C runtime is linked in (it calls some of them); then every definition
but `main` becomes internal (backend/crt.py), so LLVM inlines the small ones and
drops the unused ones. The backend also marks the exception-raising entry points cold, so the code
that calls them is laid out away from the hot path.
"""

from __future__ import annotations

import llvmlite.ir as ir

from ..runtime import declare_runtime, emit_runtime
from ..runtime.abi import EXCEPTION_KINDS

COLD = ("pyrite_raise", "pyrite_traceback_add", "pyrite_report_uncaught", "pyrite_exit", "pyrite_exit_msg")


class RuntimeABI:
    def __init__(self, llmod: ir.Module, ptr_bits: int, libm: str = "system", define: bool = True):
        """`define` False only declares the runtime: it is linked in later (see fuzz/native.py)."""
        self.llmod = llmod
        self.kinds = list(EXCEPTION_KINDS)
        if define:
            emit_runtime(llmod, ptr_bits, linkage="external", libm=libm)
        else:
            declare_runtime(llmod)
        mark_cold(llmod)

    def fn(self, name: str) -> ir.Function:
        value = self.llmod.globals.get(name)
        if not isinstance(value, ir.Function):
            raise _missing(f"the runtime does not define {name}")
        return value

    def has(self, name: str) -> bool:
        return isinstance(self.llmod.globals.get(name), ir.Function)

    def _global(self, name: str) -> ir.GlobalVariable:
        value = self.llmod.globals.get(name)
        if not isinstance(value, ir.GlobalVariable):
            raise _missing(f"the runtime does not define the global {name}")
        return value

    def kind(self, name: str) -> ir.Constant:
        """The i32 code of exception kind `name`."""
        try:
            return ir.Constant(ir.IntType(32), self.kinds.index(name))
        except ValueError:
            raise _missing(f"the runtime has no exception kind {name}") from None

    # ---- exception state ----
    def exc_pending(self, b: ir.IRBuilder) -> ir.Value:
        """An i1: is an exception propagating?"""
        gv = self._global("pyrite_exc_pending")
        flag = b.load(gv, name="pending", typ=gv.value_type)
        if flag.type.width != 1:
            flag = b.icmp_unsigned("!=", flag, ir.Constant(flag.type, 0), name="pending")
        return flag

    def raise_(self, b: ir.IRBuilder, kind: str, msg: ir.Value, length: ir.Value) -> None:
        b.call(self.fn("pyrite_raise"), [self.kind(kind), msg, length])

    def traceback_add(self, b: ir.IRBuilder, filename: ir.Value, funcname: ir.Value, line: ir.Value) -> None:
        b.call(self.fn("pyrite_traceback_add"), [filename, funcname, line])

    def set_args(self, b: ir.IRBuilder, argc: ir.Value, argv: ir.Value) -> None:
        """Hand the program's argv to the runtime, if it keeps one (for sys.argv)."""
        if self.has("pyrite_set_args"):
            b.call(self.fn("pyrite_set_args"), [argc, argv])


def mark_cold(llmod: ir.Module) -> None:
    """Give the raising and exiting entry points `cold` and `noinline`."""
    for name in COLD:
        fn = llmod.globals.get(name)
        if isinstance(fn, ir.Function):
            fn.attributes.add("cold")
            fn.attributes.add("noinline")


def _missing(message: str) -> Exception:
    from .lower import LoweringError  # lower.py imports this module

    return LoweringError(message)
