"""The C runtime as a library: compiled once per target, linked by every program (ADR 0010).

    lib = runtime_library("x86_64-unknown-linux-gnu")
    lib.archive     # libpyrite.a, for the linker
    lib.object      # its one member, for the JIT
    lib.inline      # bitcode: the small functions' bodies, for LLVM to inline

From the runtime's bitcode (runtime/cbuild.py: every C file compiled by Zig's
clang and linked into one module), once per target and runtime version:

1. LLVM's -O2 runs over the whole linked runtime with every external function
   kept: functions of one C file are inlined into another's, and the attributes
   LLVM infers across files (a fresh allocation is `noalias`, what memory a
   function touches) are on every function;
2. Zig's clang compiles that module to one object, a section per function and
   per datum, so the linker's --gc-sections keeps only what a program reaches,
   and `zig ar` makes the archive;
3. crt_inline.py makes the inline module from the same optimised module, so the
   declarations a program sees carry the inferred attributes.

Everything is cached under ~/.cache/pyrite/runtime/ (as the bitcode is) in a
directory named by a hash of its inputs, renamed into place when complete, so
parallel compiles share it safely.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import llvmlite
import llvmlite.binding as llvm

from . import target

ARCHIVE = "libpyrite.a"
OBJECT = "pyrite-runtime.o"
INLINE = "inline.bc"
LIBRARY_VERSION = "3"  # bump when the way the library is made changes


@dataclass(frozen=True)
class RuntimeLibrary:
    archive: Path
    object: Path
    inline_path: Path

    @property
    def inline(self) -> bytes:
        return self.inline_path.read_bytes()


def runtime_library(triple: str | None = None) -> RuntimeLibrary:
    """The compiled C runtime for `triple` (default: this machine), built on first use."""
    from .link import zig_target

    return _library(zig_target(target.resolve_triple(triple)), target.resolve_triple(triple))


@functools.cache
def _library(zig_target: str, triple: str) -> RuntimeLibrary:
    from ..runtime.cbuild import cache_dir, cache_key
    from .crt_inline import INLINE_LIMIT

    name = f"{zig_target}-{cache_key(zig_target)}-lib{LIBRARY_VERSION}-llvm{llvmlite.__version__}-i{INLINE_LIMIT}"
    final = cache_dir() / name
    if not (final / ARCHIVE).exists():
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=".tmp-lib-"))
        try:
            _build(zig_target, triple, tmp)
            try:
                os.rename(tmp, final)  # atomic; fails if a parallel build got there first
            except OSError:
                if not (final / ARCHIVE).exists():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return RuntimeLibrary(final / ARCHIVE, final / OBJECT, final / INLINE)


def _build(zig_target: str, triple: str, out: Path) -> None:
    from ..runtime.cbuild import runtime_bitcode, zig
    from .crt_inline import make_inline

    tm = target.target_machine(triple, 2)
    full = llvm.parse_bitcode(runtime_bitcode(zig_target))
    full.triple = triple
    full.data_layout = str(tm.target_data)
    pass_builder = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=2))
    pass_builder.getModulePassManager().run(full, pass_builder)
    (out / "runtime.bc").write_bytes(full.as_bitcode())
    (out / INLINE).write_bytes(make_inline(full))
    flags = ["-O2", "-mcpu=baseline", "-ffunction-sections", "-fdata-sections", "-g0"]
    if not zig_target.startswith("wasm"):
        flags.append("-fPIC")  # the host's cc links position-independent executables
    zig(["cc", "-target", zig_target, *flags, "-c", "runtime.bc", "-o", OBJECT], cwd=str(out))
    zig(["ar", "rcs", ARCHIVE, OBJECT], cwd=str(out))
    (out / "runtime.bc").unlink()
