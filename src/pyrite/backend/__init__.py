"""The backend: Pyrite IR -> LLVM IR (llvmlite) -> JIT, or object file -> executable.

    llmod = lower_module(module)                 # llvmlite.ir.Module, runtime included
    ref = optimize_llvm(llmod, level=2)          # parsed, verified, optimised
    status = run_jit(module, level=2)            # pyrite run
    data = emit_object(module, level=2)          # pyrite build ...
    link_executable("prog.o", "prog")            # ... then cc (or zig cc)
"""

from .jit import run_jit, run_llvm_jit
from .link import LinkError, link_executable
from .llvm_passes import optimize_llvm
from .lower import LoweringError, lower_module
from .objfile import emit_assembly, emit_object, llvm_ir_text
from .target import host_triple

__all__ = [
    "lower_module", "optimize_llvm", "run_jit", "run_llvm_jit", "emit_object", "emit_assembly", "llvm_ir_text",
    "link_executable", "LinkError", "LoweringError", "host_triple",
]
