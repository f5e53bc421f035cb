"""The LLVM-emitted runtime compiled once for the fuzzer's -O2 native runs (ADR 0015).

    rt = o2_runtime()                  # once per process (warm_up, before forking)
    define_globals(llmod, rt)          # the program defines the runtime's GLOBALS
    ref.link_in(rt.inline, preserve=True)    # a copy: the module stays for the next program
    engine.add_object_file(rt.object_file())

The runtime that `pyrite.runtime.emit_runtime` writes (printing, float repr,
exceptions, ...) used to be linked into every -O2 program and optimised and
code-generated again with it: about 45 ms of -O2 and 25 ms of code generation of
every program, whatever the program (measured in ADR 0015). Here it is built once
per process, as the C runtime is (backend/crt_lib.py, ADR 0010):

- LLVM's -O2 runs over the whole runtime with every external function kept, and
  the target machine the JIT uses makes one object of it, loaded into each
  program's engine;
- backend/crt_inline.make_inline makes the inline module from the optimised
  runtime: the small functions' bodies, available_externally, for LLVM to inline
  into the program; every other function is only declared;
- the runtime's GLOBALS (the pending-exception flag, the call depth, ...) are
  defined by the program, hidden, with the runtime's initial values: compiled
  code reads the flag after every call, and a variable defined in another object
  would be reached through the GOT. The object refers to the program's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import llvmlite.binding as llvm
import llvmlite.ir as ir

from ..runtime.abi import GLOBALS


@dataclass(frozen=True)
class O2Runtime:
    object_bytes: bytes
    inline: llvm.ModuleRef  # link_in(..., preserve=True) copies it into a program
    initializers: dict  # GLOBALS name -> the llvmlite constant it starts as

    def object_file(self) -> llvm.ObjectFileRef:
        """A fresh ObjectFileRef of the compiled runtime (an engine owns the one it gets)."""
        return llvm.ObjectFileRef.from_data(self.object_bytes)


@functools.cache
def o2_runtime() -> O2Runtime:
    """The runtime for this machine at -O2, compiled for the JIT's host CPU (once per process)."""
    from ..backend import target
    from ..backend.crt_inline import make_inline
    from ..backend.runtime_abi import mark_cold
    from ..runtime import emit_runtime

    llmod = ir.Module(name="pyrite-runtime-o2")
    llmod.triple = target.host_triple()
    llmod.data_layout = target.data_layout()
    emit_runtime(llmod, target.pointer_bits(), linkage="external", libm=target.libm(None))
    mark_cold(llmod)
    initializers = {}
    for name in GLOBALS:  # declared here, defined by each program (see the module doc)
        gv = llmod.globals[name]
        initializers[name] = gv.initializer
        gv.initializer = None
    tm = target.target_machine(None, 2, target.HOST_CPU)
    ref = llvm.parse_assembly(str(llmod))
    ref.verify()
    ref.data_layout = str(tm.target_data)
    pass_builder = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=2))
    pass_builder.getModulePassManager().run(ref, pass_builder)
    inline = llvm.parse_bitcode(make_inline(ref))
    return O2Runtime(tm.emit_object(ref), inline, initializers)


def define_globals(llmod: ir.Module, runtime: O2Runtime) -> None:
    """Turn the program's declarations of the runtime's GLOBALS into definitions."""
    for name, init in runtime.initializers.items():
        gv = llmod.globals.get(name)
        if gv is None:
            gv = ir.GlobalVariable(llmod, init.type, name)
        gv.initializer = init


def hide_globals(ref: llvm.ModuleRef) -> None:
    """Hidden visibility for the program's runtime GLOBALS: reached directly, not through the GOT."""
    from ..backend.crt import hide

    hide(ref, frozenset(GLOBALS))
