"""Running a program in-process with LLVM's MCJIT: `pyrite run` without a linker.

    status = run_jit(module, level=2, argv=["prog.py", "x"])

The C `main` runs in this process: its stdout and stderr are the process's,
and an uncaught exception or `sys.exit` ends the whole process through the C
library's `exit` (as the built executable would). Python's own buffered
output is flushed first so the two streams do not interleave wrongly.
"""

from __future__ import annotations

import ctypes
import sys

import llvmlite.binding as llvm
import llvmlite.ir as ir

from ..ir.ops import Module
from . import target
from .crt import needs_c_runtime, runtime_objects
from .llvm_passes import optimize_llvm, parse_llvm
from .llvm_runtime import link_runtime
from .lower import lower_module

_engines: list = []  # keep engines (and their code) alive while anything may run


def run_jit(module: Module, level: int, argv: list[str] | None = None) -> int:
    """Compile `module` for this machine at -O`level`, run its `main`, return the status."""
    return run_llvm_jit(program_module(module), level, argv)


def program_module(module: Module) -> llvm.ModuleRef:
    """The parsed LLVM module of `module` with the runtime in it: what lower_module(module)
    gives, with the runtime linked from bitcode kept on disk (llvm_runtime.py)."""
    ref = parse_llvm(str(lower_module(module, runtime=False)))
    link_runtime(ref)
    return ref


def run_llvm_jit(llvm_ir: "str | ir.Module | llvm.ModuleRef", level: int, argv: list[str] | None = None) -> int:
    """JIT an LLVM module that defines the C `main` and call it with `argv`."""
    main = jit_function(llvm_ir, level, "main", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)))
    args = [a.encode() for a in (argv if argv is not None else [sys.argv[0] if sys.argv else "pyrite"])]
    c_argv = (ctypes.c_char_p * (len(args) + 1))(*args, None)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass
    return main(len(args), c_argv)


def add_c_runtime(engine: llvm.ExecutionEngine, ref: llvm.ModuleRef) -> None:
    """Load the compiled C runtime into `engine` if the program calls it (what the
    linker's archive is to an executable)."""
    if needs_c_runtime(ref):
        for path in runtime_objects():
            engine.add_object_file(path)


def jit_function(llvm_ir: "str | ir.Module | llvm.ModuleRef", level: int, name: str, cfunctype):
    """Compile for the host CPU and return the C function `name` as a ctypes callable."""
    tm = target.target_machine(None, level, target.HOST_CPU)
    ref = optimize_llvm(llvm_ir, level, target.host_triple(), target.HOST_CPU, entry_points={name})
    engine = llvm.create_mcjit_compiler(ref, tm)
    add_c_runtime(engine, ref)
    engine.finalize_object()
    engine.run_static_constructors()
    _engines.append(engine)
    address = engine.get_function_address(name)
    if not address:
        raise LookupError(f"the JIT-compiled module has no function {name!r}")
    return cfunctype(address)
