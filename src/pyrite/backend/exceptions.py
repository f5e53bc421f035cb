"""Raising and propagating exceptions in one function's machine code.

A raised exception is pending state (see `runtime/exceptions.py`), so
propagation is ordinary control flow. Each function gets at most:

    raise.N:                 ; one per distinct (kind, message) of its checks
      %line = phi i64 [12, %a], [15, %b]
      call void @pyrite_raise(i32 K, ptr @msg, i64 LEN)
      br label %unwind
    unwind:                  ; shared by every raise and every failed call
      %line = phi i64 ...
      call void @pyrite_traceback_add(ptr @file, ptr @func, i64 %line)
      ret i64 0              ; a dummy value: the caller sees the flag first

A check is one compare and a branch weighted as never taken, so the hot path
stays straight and the cold blocks go to the end of the function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from .messages import RECURSION, RECURSION_LIMIT, Exc

if TYPE_CHECKING:
    from .lower import FunctionLowering

I64 = ir.IntType(64)


class Unwinder:
    """The raise paths of one function, created on first use."""

    def __init__(self, fl: "FunctionLowering"):
        self.fl = fl
        self._unwind: tuple[ir.Block, ir.PhiInstr] | None = None
        self._raises: dict[Exc, tuple[ir.Block, ir.PhiInstr]] = {}
        self.cold: list[ir.Block] = []

    @property
    def b(self) -> ir.IRBuilder:
        return self.fl.builder

    def cold_block(self, name: str) -> ir.Block:
        """A new block on a path taken only when something is raised (laid out last)."""
        block = self.fl.llfn.append_basic_block(name)
        self.cold.append(block)
        return block

    def _cold_block(self, name: str) -> tuple[ir.Block, ir.IRBuilder, ir.PhiInstr]:
        block = self.cold_block(name)
        b = ir.IRBuilder(block)
        return block, b, b.phi(I64, name="line")

    def _unwind_block(self) -> tuple[ir.Block, ir.PhiInstr]:
        if self._unwind is None:
            block, b, line = self._cold_block("unwind")
            ml = self.fl.ml
            ml.rt.traceback_add(b, ml.cstring(ml.module.filename), ml.cstring(self.fl.pyname), line)
            self.fl.ret_dummy(b)
            self._unwind = block, line
        return self._unwind

    def _raise_block(self, exc: Exc) -> tuple[ir.Block, ir.PhiInstr]:
        if exc not in self._raises:
            block, b, line = self._cold_block(f"raise.{exc[0]}")
            self._emit_raise(b, exc)
            unwind, unwind_line = self._unwind_block()
            unwind_line.add_incoming(line, block)
            b.branch(unwind)
            self._raises[exc] = block, line
        return self._raises[exc]

    def _emit_raise(self, b: ir.IRBuilder, exc: Exc) -> None:
        kind, message = exc
        self.fl.ml.rt.raise_(b, kind, *self.fl.ml.str_parts(message))

    def _branch_cold(self, cond: ir.Value, cold: ir.Block, line: ir.PhiInstr, at: int, name: str) -> None:
        line.add_incoming(ir.Constant(I64, at), self.b.block)
        cont = self.fl.llfn.append_basic_block(name)
        self.b.cbranch(cond, cold, cont).set_metadata("prof", self.fl.ml.unlikely_then)
        self.b.position_at_end(cont)

    # ---- what lowering uses ----
    def raise_if(self, cond: ir.Value, exc: Exc, at: int) -> None:
        """`if cond: raise exc` at source line `at`; lowering continues on the false side."""
        block, line = self._raise_block(exc)
        self._branch_cold(cond, block, line, at, "ok")

    def raise_always(self, exc: Exc, at: int) -> None:
        """`raise exc` at line `at`: a terminator."""
        block, line = self._raise_block(exc)
        line.add_incoming(ir.Constant(I64, at), self.b.block)
        self.b.branch(block)

    def check_pending(self, at: int) -> None:
        """After a call that may raise: propagate a pending exception, adding this frame."""
        block, line = self._unwind_block()
        self._branch_cold(self.fl.ml.rt.exc_pending(self.b), block, line, at, "ok")

    def raise_now(self, kind: str, message: "ir.Value | str | None", at: int) -> None:
        """`raise kind(message)`: a terminator. The message is a str object, or constant text."""
        ml = self.fl.ml
        if message is None:
            ml.rt.raise_(self.b, kind, ir.Constant(ir.PointerType(), None), ir.Constant(I64, 0))
        elif isinstance(message, str):
            ml.rt.raise_(self.b, kind, *ml.str_parts(message))
        else:
            self.b.call(ml.objects.c_function("pyr_raise_str"), [ml.rt.kind(kind), message])
        block, line = self._unwind_block()
        line.add_incoming(ir.Constant(I64, at), self.b.block)
        self.b.branch(block)

    # depth = caller's + 1; past the limit, CPython 3.11 raises RecursionError
    # *in the caller* (the new frame never shows in the traceback), so this path
    # raises without adding a frame and returns; the caller's pending check adds its own.
    def enter_frame(self, b: ir.IRBuilder, body: ir.Block) -> None:
        too_deep = b.icmp_signed(">", self.fl.depth, ir.Constant(I64, RECURSION_LIMIT), name="too_deep")
        block = self.cold_block("recursion")
        b.cbranch(too_deep, block, body).set_metadata("prof", self.fl.ml.unlikely_then)
        cold = ir.IRBuilder(block)
        self._emit_raise(cold, RECURSION)
        self.fl.ret_dummy(cold)

    def finish(self) -> None:
        """Move the cold blocks after all the others (deterministically, creation order)."""
        blocks = self.fl.llfn.blocks
        cold = set(map(id, self.cold))
        blocks[:] = [blk for blk in blocks if id(blk) not in cold] + self.cold
