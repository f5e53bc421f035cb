"""The LLVM-emitted runtime (ADR 0003) as bitcode kept on disk, for `pyrite run`.

    ref = parse_llvm(str(lower_module(module, runtime=False)))
    link_runtime(ref)            # the same module lower_module(module) gives, linked

`pyrite run` compiles one program a process, and emitting the runtime with
llvmlite's builder, printing it and parsing it back cost about 40 ms of CPU of
each, always the same module for a target. It is kept here as bitcode under the
runtime cache (runtime/cbuild.cache_dir), named by a hash of the Python sources
that emit it, the target, and llvmlite's version, and written atomically.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import llvmlite
import llvmlite.binding as llvm

from . import target

_SOURCES = (Path(__file__).resolve().parent.parent / "runtime", Path(__file__).resolve().parent / "runtime_abi.py")


def link_runtime(ref: llvm.ModuleRef, triple: str | None = None) -> None:
    """Link the runtime for `triple` (default: the host) into `ref`, which declares it."""
    ref.link_in(llvm.parse_bitcode(runtime_bitcode(target.resolve_triple(triple))))


@functools.cache
def runtime_bitcode(triple: str) -> bytes:
    from ..runtime.cbuild import cache_dir, read_or_make

    return read_or_make(cache_dir() / f"llvm-runtime-{_key(triple)}.bc", lambda: _emit(triple))


def _emit(triple: str) -> bytes:
    import llvmlite.ir as ir

    from ..runtime import emit_runtime
    from .llvm_passes import parse_llvm
    from .runtime_abi import mark_cold

    llmod = ir.Module(name="pyrite-runtime")
    llmod.triple = triple
    llmod.data_layout = target.data_layout(triple)
    emit_runtime(llmod, target.pointer_bits(triple), linkage="external", libm=target.libm(triple))
    mark_cold(llmod)
    return parse_llvm(str(llmod)).as_bitcode()


def _key(triple: str) -> str:
    key = hashlib.sha256()
    for part in (triple, target.libm(triple), str(target.pointer_bits(triple)), llvmlite.__version__):
        key.update(part.encode() + b"\0")
    for path in _source_files():
        key.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return key.hexdigest()[:20]


def _source_files() -> list[Path]:
    runtime_dir, abi = _SOURCES
    return [*sorted(runtime_dir.glob("*.py")), abi]
