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

# Architecture -> (features, ABI name) of the baseline that the C library we link
# with is built for. LLVM's own default for riscv64 is soft-float, which the linker
# refuses to mix with musl's hard-float (lp64d) objects: RV64GC is what Linux
# distributions and Zig assume.
BASELINE: dict[str, tuple[str, str]] = {
    "riscv64": ("+m,+a,+f,+d,+c", "lp64d"),
}


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
    """LLVM's code generator for `triple` at -O`level`; `cpu` None = the baseline CPU.

    A new machine each time, made after LLVM's process-wide code generation options are
    reset: some backends write one when they first generate code (the WebAssembly backend
    sets -min-jump-table-entries to 2, RISC-V to 5), and a machine kept from before would
    carry another target's setting into this one's code, so the same program compiled in a
    long-lived process would not give the bytes a fresh process gives."""
    reset_global_options()
    return _make_machine(resolve_triple(triple), max(0, min(level, 3)), cpu or "")


# LLVM's defaults for the options a backend may change for the whole process.
GLOBAL_OPTIONS = ("-min-jump-table-entries=4",)


def reset_global_options() -> None:
    _initialize()
    for option in GLOBAL_OPTIONS:
        llvm.set_option("pyrite", option)


def _make_machine(triple: str, level: int, cpu: str) -> llvm.TargetMachine:
    _initialize()
    try:
        target = llvm.Target.from_triple(triple)
    except RuntimeError as err:
        raise ValueError(f"LLVM has no target for triple {triple!r}: {err}") from None
    features, abi = BASELINE.get(llvm.get_triple_parts(triple).Arch, ("", ""))
    if cpu == HOST_CPU:
        cpu, features = llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    reloc = "static" if triple.startswith("wasm") else "pic"
    return target.create_target_machine(cpu=cpu, features=features, opt=level, reloc=reloc, codemodel="default",
                                        abiname=abi)


def data_layout(triple: str | None = None) -> str:
    return _data_layout(resolve_triple(triple))


@functools.cache
def _data_layout(triple: str) -> str:
    return str(_make_machine(triple, 2, "").target_data)


def pointer_bits(triple: str | None = None) -> int:
    """The width of a pointer (and of size_t) on `triple`: 32 or 64."""
    match = re.search(r"(?:^|-)p:(\d+)", data_layout(triple))
    return int(match.group(1)) if match else 64


def main_symbol(triple: str | None = None) -> str:
    """The symbol of C's `int main(int argc, char **argv)` on `triple`.

    On WebAssembly, C compilers rename a two-argument main to `__main_argc_argv`
    (the wasm signature of a function is part of its identity), and wasi-libc's
    start code calls that name."""
    return "__main_argc_argv" if llvm.get_triple_parts(resolve_triple(triple)).Arch.startswith("wasm") else "main"


def libm(triple: str | None = None) -> str:
    """Whose exp, log, sin, ... a program for `triple` uses (ADR 0007).

    "system" for this machine (the JIT and `cc` builds): its C library is the one
    CPython calls, so results agree digit for digit. "pyrite" for every other
    target, linked with Zig's libm, whose results are often an ulp off: the
    runtime's correctly rounded versions instead."""
    return "system" if is_host(triple) else "pyrite"
