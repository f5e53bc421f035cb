"""Linking the C object runtime into a program's LLVM module (ADR 0005).

    link_c_runtime(ref)            # if the program calls any pyr_* function
    internalize(ref, keep={"main"})

The C runtime's bitcode (runtime/cbuild.py) is linked only into modules that
call it, so a scalar program compiles exactly as before. Afterwards every
definition but the entry points becomes internal: LLVM may then inline the
runtime's small helpers into the program and drop what it does not use.
"""

from __future__ import annotations

import llvmlite.binding as llvm

from . import target

C_RUNTIME_PREFIX = "pyr_"


def needs_c_runtime(ref: llvm.ModuleRef) -> bool:
    """Does the module use anything of the C runtime (a pyr_* function or global)?"""
    values = [*ref.functions, *ref.global_variables]
    return any(v.is_declaration and v.name.startswith(C_RUNTIME_PREFIX) for v in values)


def link_c_runtime(ref: llvm.ModuleRef, always: bool = False) -> None:
    """Link the runtime's bitcode for the module's triple into `ref`, if it needs it
    (or `always`: tests reach the runtime's functions directly)."""
    if not (always or needs_c_runtime(ref)):
        return
    from ..runtime.cbuild import runtime_bitcode
    from .link import zig_target

    runtime = llvm.parse_bitcode(runtime_bitcode(zig_target(ref.triple or target.host_triple())))
    runtime.triple = ref.triple
    runtime.data_layout = ref.data_layout
    ref.link_in(runtime)


def internalize(ref: llvm.ModuleRef, keep: "set[str] | frozenset[str]") -> None:
    """Give every definition not in `keep` internal linkage."""
    for fn in ref.functions:
        if not fn.is_declaration and fn.name not in keep:
            fn.linkage = llvm.Linkage.internal
    for gv in ref.global_variables:
        if not gv.is_declaration and gv.name not in keep and gv.linkage != llvm.Linkage.private:
            gv.linkage = llvm.Linkage.internal
