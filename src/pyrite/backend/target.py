"""Targets: which machine the code is for, and LLVM's TargetMachine for it.

    tm = target_machine("aarch64-unknown-linux-gnu", level=2)
    tm.emit_object(module_ref)

Object files are built for the baseline CPU of the triple (as `cc -O2` does)
so that the same input gives the same bytes on any build machine; the JIT
uses the host CPU, since its code never leaves the process that made it.
"""

from __future__ import annotations

import functools
import re

import llvmlite.binding as llvm

HOST_CPU = "native"  # a `cpu` value meaning "the machine running the compiler"


@functools.cache
def _initialize() -> None:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()
    llvm.initialize_native_asmparser()


def host_triple() -> str:
    """The triple of the machine running the compiler (what the JIT produces)."""
    return llvm.get_process_triple()


def resolve_triple(triple: str | None) -> str:
    return triple or host_triple()


def is_host(triple: str | None) -> bool:
    """True if code for `triple` runs here (same architecture, OS and ABI)."""
    if triple is None:
        return True
    mine, theirs = llvm.get_triple_parts(host_triple()), llvm.get_triple_parts(triple)
    return (mine.Arch, mine.OS, mine.Env) == (theirs.Arch, theirs.OS, theirs.Env)


def target_machine(triple: str | None = None, level: int = 2, cpu: str | None = None) -> llvm.TargetMachine:
    """LLVM's code generator for `triple` at -O`level`; `cpu` None = the baseline CPU."""
    return _target_machine(resolve_triple(triple), max(0, min(level, 3)), cpu or "")


@functools.cache
def _target_machine(triple: str, level: int, cpu: str) -> llvm.TargetMachine:
    _initialize()
    try:
        target = llvm.Target.from_triple(triple)
    except RuntimeError as err:
        raise ValueError(f"LLVM has no target for triple {triple!r}: {err}") from None
    features = ""
    if cpu == HOST_CPU:
        cpu, features = llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    reloc = "static" if triple.startswith("wasm") else "pic"
    return target.create_target_machine(cpu=cpu, features=features, opt=level, reloc=reloc, codemodel="default")


def data_layout(triple: str | None = None) -> str:
    return str(target_machine(triple).target_data)


def pointer_bits(triple: str | None = None) -> int:
    """The width of a pointer (and of size_t) on `triple`: 32 or 64."""
    match = re.search(r"(?:^|-)p:(\d+)", data_layout(triple))
    return int(match.group(1)) if match else 64
