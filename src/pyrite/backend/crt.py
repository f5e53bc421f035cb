"""The C object runtime and a program's LLVM module (ADRs 0005 and 0010).

    link_inline_runtime(ref)       # a whole program: the small helpers, to inline
    keep = {"main"} | c_callbacks(ref.triple)
    internalize(ref, keep)         # ... then linked against crt_lib.runtime_library(...)

    link_c_runtime(ref)            # any other module: the whole runtime, in the module

A whole program (an executable, or `main` in the JIT) is linked against the C
runtime compiled once per target (runtime/cbuild.runtime_archive); only the
small functions' bodies come into its module, as `available_externally`, for
LLVM to inline (crt_inline.py). The runtime calls back into the LLVM-emitted
runtime (`pyrite_raise`, the pending-exception flag, ...): those stay external.
Every other definition becomes internal, so LLVM drops what the program does not use.

A module that is not a whole program (tests reach runtime functions directly)
gets the whole runtime's bitcode linked in, as before. Either way, a module that
calls nothing of the C runtime compiles exactly as a scalar program always did.
"""

from __future__ import annotations

import functools

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


def link_inline_runtime(ref: llvm.ModuleRef) -> None:
    """Link the runtime's inlinable bodies (available_externally) into `ref`."""
    ref.link_in(_inline_module(ref.triple, ref.data_layout), preserve=True)


@functools.cache
def _inline_module(triple: str, data_layout: str) -> llvm.ModuleRef:
    """The inline module, parsed once per target: linking in a copy of it costs about
    half of parsing its bitcode again (5 against 9 ms), for every program compiled."""
    from .crt_lib import runtime_library

    inline = llvm.parse_bitcode(runtime_library(triple).inline)
    inline.triple = triple
    inline.data_layout = data_layout
    return inline


def c_callbacks(triple: str | None) -> frozenset[str]:
    """The LLVM-emitted runtime's symbols that the C runtime uses (they must stay external)."""
    from .link import zig_target

    return _callbacks(zig_target(triple or target.host_triple()))


def _callbacks(zig_target: str) -> frozenset[str]:
    return frozenset(_abi(zig_target)["callbacks"])


@functools.cache
def _abi(zig_target: str) -> dict:
    """What the backend reads from the C runtime's bitcode: its callbacks and its functions'
    parameter extensions. Parsing the whole bitcode for them cost about 45 ms of every
    `pyrite run` and `pyrite build` process, so they are kept in a file beside the bitcode,
    under the same hash of its inputs (and llvmlite's version, which reads them)."""
    import json

    import llvmlite

    from ..runtime.cbuild import cache_dir, cache_key, write_atomically

    path = cache_dir() / f"{zig_target}-{cache_key(zig_target)}-abi-llvm{llvmlite.__version__}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    full = _full_runtime(zig_target)
    values = [*full.functions, *full.global_variables]
    abi = {
        "callbacks": sorted(v.name for v in values if v.is_declaration and v.name.startswith(CALLBACK_PREFIX)),
        "extensions": {fn.name: [_extension(arg) for arg in fn.arguments]
                       for fn in full.functions if fn.name.startswith(C_RUNTIME_PREFIX)},
    }
    write_atomically(path, json.dumps(abi, sort_keys=True).encode())
    return abi


def param_extensions(triple: str | None, name: str) -> "list[str | None]":
    """How the C runtime's function `name` expects each narrow argument widened:
    'zeroext', 'signext' or None, as clang compiled it for `triple`.

    A call from a program to the compiled runtime crosses a real ABI boundary: a C
    `_Bool` argument must arrive zero-extended, and on RISC-V 64 every 32-bit one
    sign-extended, or the callee reads garbage in the upper bits."""
    from .link import zig_target

    return _extensions(zig_target(triple or target.host_triple())).get(name, [])


def _extensions(zig_target: str) -> "dict[str, list[str | None]]":
    return _abi(zig_target)["extensions"]


def _extension(arg: llvm.ValueRef) -> "str | None":
    attrs = {a.decode() if isinstance(a, bytes) else str(a) for a in arg.attributes}
    return next((e for e in ("zeroext", "signext") if e in attrs), None)


@functools.cache
def _full_runtime(zig_target: str) -> llvm.ModuleRef:
    from ..runtime.cbuild import runtime_bitcode

    target.target_machine()  # LLVM initialised
    return llvm.parse_bitcode(runtime_bitcode(zig_target))


CALLBACK_PREFIX = "pyrite_"


def hide(ref: llvm.ModuleRef, names: "frozenset[str]") -> None:
    """Give the callbacks `ref` defines hidden visibility: they are seen by the runtime
    linked into the same executable and nothing else, so code reaches them directly
    rather than through the GOT (the pending-exception flag is read after every call)."""
    for name in names:  # looked up by name: a handful, where the module has hundreds of values
        for lookup in (ref.get_function, ref.get_global_variable):
            try:
                value = lookup(name)
            except NameError:
                continue
            if not value.is_declaration:
                value.visibility = llvm.Visibility.hidden


def runtime_objects(triple: str | None = None) -> "tuple[str, ...]":
    """The C runtime's object files for `triple` (what the JIT loads)."""
    from .crt_lib import runtime_library

    return (str(runtime_library(triple).object),)


def runtime_archive_path(triple: str | None = None) -> str:
    """The C runtime's static archive for `triple` (what the linker takes)."""
    from .crt_lib import runtime_library

    return str(runtime_library(triple).archive)


def internalize(ref: llvm.ModuleRef, keep: "set[str] | frozenset[str]") -> None:
    """Give every definition not in `keep` internal linkage (an available_externally
    one stays as it is: its symbol is defined elsewhere)."""
    kept = (llvm.Linkage.private, llvm.Linkage.available_externally)
    for fn in ref.functions:
        if not fn.is_declaration and fn.name not in keep and fn.linkage != llvm.Linkage.available_externally:
            fn.linkage = llvm.Linkage.internal
    for gv in ref.global_variables:
        if not gv.is_declaration and gv.name not in keep and gv.linkage not in kept:
            gv.linkage = llvm.Linkage.internal
