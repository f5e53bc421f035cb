"""LLVM's own optimizer: parse, verify, then the new pass manager's default pipeline.

    ref = optimize_llvm(lower_module(module), level=2)

-O0 runs LLVM's O0 pipeline (always-inline only), -O1/-O2/-O3 its per-module
default pipelines, tuned for the target machine the code is for (the same
`triple` and `cpu` must then be used to emit it).
"""

from __future__ import annotations

import llvmlite.binding as llvm
import llvmlite.ir as ir

from . import target
from .crt import c_callbacks, hide, internalize, link_c_runtime, link_inline_runtime, needs_c_runtime


def parse_llvm(llvm_ir: "str | ir.Module | llvm.ModuleRef") -> llvm.ModuleRef:
    """A verified ModuleRef from LLVM IR text, an llvmlite module, or a ModuleRef."""
    if isinstance(llvm_ir, llvm.ModuleRef):
        return llvm_ir
    target.target_machine()  # makes sure LLVM's targets are initialised
    ref = llvm.parse_assembly(str(llvm_ir))
    ref.verify()
    return ref


def optimize_llvm(llvm_ir: "str | ir.Module | llvm.ModuleRef", level: int, triple: str | None = None,
                  cpu: str | None = None, entry_points: "set[str] | None" = None,
                  link_c: bool = True) -> llvm.ModuleRef:
    """Parse, verify and optimise at -O`level` for `triple` (default: the module's, else host).

    With `entry_points` the module is a whole program (main and nothing else): it
    will be linked against the compiled C runtime (crt.runtime_archive_path), whose
    small functions are linked in here to be inlined, and every other definition is
    made internal. Without, a module that calls the C runtime gets all of it linked in,
    unless not `link_c`: the caller loads the C runtime itself (a JIT engine that holds it)."""
    ref = parse_llvm(llvm_ir)
    triple = triple or _module_triple(ref)
    tm = target.target_machine(triple, level, cpu)
    ref.triple = target.resolve_triple(triple)
    ref.data_layout = str(tm.target_data)
    pto = llvm.create_pipeline_tuning_options(speed_level=max(0, min(level, 3)))
    pass_builder = llvm.create_pass_builder(tm, pto)
    if entry_points is None:
        if link_c:
            link_c_runtime(ref)
    else:
        if needs_c_runtime(ref):
            if level > 0:  # -O0 inlines nothing
                link_inline_runtime(ref)
            callbacks = c_callbacks(ref.triple)
            entry_points = set(entry_points) | callbacks
            hide(ref, callbacks)
        internalize(ref, entry_points)
        _drop_unused(ref, pass_builder)
    pass_builder.getModulePassManager().run(ref, pass_builder)
    return ref


def _drop_unused(ref: llvm.ModuleRef, pass_builder) -> None:
    """Delete the definitions nothing reaches from the entry points, before the
    pipeline spends time optimising them (most of the linked C runtime)."""
    pm = llvm.create_new_module_pass_manager()
    pm.add_global_dead_code_eliminate_pass()
    pm.run(ref, pass_builder)


def _module_triple(ref: llvm.ModuleRef) -> str | None:
    triple = ref.triple
    return triple if triple and not triple.startswith("unknown") else None
