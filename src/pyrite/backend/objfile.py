"""Object files and assembly for a target: the end of the ahead-of-time path.

    data = emit_object(module, level=2)                 # bytes of an ELF/Mach-O/wasm object
    text = emit_assembly(module, level=2, triple="aarch64-unknown-linux-gnu")
    llvm = llvm_ir_text(module, level=2)                # the optimised LLVM IR

The output depends only on the input, the level, the triple and the toolchain
(llvmlite's LLVM): the same inputs give byte-identical objects.
"""

from __future__ import annotations

import llvmlite.binding as llvm
import llvmlite.ir as ir

from ..ir.ops import Module
from . import target
from .llvm_passes import optimize_llvm
from .lower import lower_module

Source = "Module | ir.Module | str | llvm.ModuleRef"


def compile_to_ref(source: Source, level: int, triple: str | None = None, cpu: str | None = None) -> llvm.ModuleRef:
    """Lower (a Pyrite module) and optimise: the LLVM module ready for code generation."""
    if isinstance(source, Module):
        entry = {target.main_symbol(triple)}
        return optimize_llvm(lower_module(source, triple), level, triple, cpu, entry_points=entry)
    return optimize_llvm(source, level, triple, cpu)


def llvm_ir_text(source: Source, level: int, triple: str | None = None, cpu: str | None = None) -> str:
    """The optimised LLVM IR, as text (`pyrite emit --stage llvm`)."""
    return str(compile_to_ref(source, level, triple, cpu))


def emit_object(source: Source, level: int, triple: str | None = None, cpu: str | None = None) -> bytes:
    ref = compile_to_ref(source, level, triple, cpu)
    return target.target_machine(ref.triple, level, cpu).emit_object(ref)


def emit_assembly(source: Source, level: int, triple: str | None = None, cpu: str | None = None) -> str:
    ref = compile_to_ref(source, level, triple, cpu)
    return target.target_machine(ref.triple, level, cpu).emit_assembly(ref)
