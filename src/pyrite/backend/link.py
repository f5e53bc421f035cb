"""Linking an object file into an executable with the system's C compiler driver.

    link_executable("prog.o", "prog")

The host uses `cc` when it is on PATH, else Zig's bundled clang
(`python -m ziglang cc`, installed from PyPI with Pyrite); a cross target
always uses Zig, which brings the C library for the target with it.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys

import llvmlite.binding as llvm

from . import target


class LinkError(Exception):
    """Linking failed; the message holds the command and the linker's output."""


def linker_command(object_path: str, out_path: str, triple: str | None = None) -> list[str]:
    """The command that links `object_path` into the executable `out_path`, with the
    C runtime's archive (the linker takes from it only what the program calls, and
    --gc-sections only the functions reached)."""
    from .crt import runtime_archive_path

    files = [os.fspath(object_path), runtime_archive_path(triple), "-o", os.fspath(out_path), "-lm",
             "-Wl,--gc-sections"]
    if target.is_host(triple):
        cc = shutil.which("cc")
        if cc is not None:
            return [cc, *files]
        return [sys.executable, "-m", "ziglang", "cc", *files]
    return [sys.executable, "-m", "ziglang", "cc", "-target", zig_target(triple), *files, *cross_flags(triple)]


def cross_flags(triple: str) -> list[str]:
    """Zig's flags for a cross target: the C library built optimised (Zig builds it
    once per target and flag set, then caches it) and no symbols or debug info, which
    are most of a static executable's size and which Pyrite's tracebacks do not use."""
    flags = ["-O2", "-s"]
    if llvm.get_triple_parts(triple).Arch.startswith("wasm"):
        flags.append(f"-Wl,-z,stack-size={WASM_STACK_BYTES}")
    return flags


# The wasm shadow stack holds what has an address: number-formatting buffers, and the
# 700-byte buffer of round(x, n) when LLVM inlines it into a recursive function. At
# CPython's 1000 frames that overflows wasm-ld's 64 KiB default
# (tests/run/func_recursion_deep_format.py traps with it at -O2); set it here rather
# than rely on Zig's default. Zig puts the stack first in memory, so an overflow
# traps instead of overwriting data.
WASM_STACK_BYTES = 8 * 1024 * 1024


@functools.cache
def zig_target(triple: str) -> str:
    """Zig's name for an LLVM triple: arch-os-abi (static musl on Linux, wasi for wasm).
    Cached: the backend asks for every call into the C runtime it lowers."""
    parts = llvm.get_triple_parts(triple)
    arch, os_name = parts.Arch, parts.OS or "linux"
    if arch.startswith("wasm"):
        return f"{arch}-wasi"
    abi = parts.Env if parts.Env and parts.Env != "unknown" else ("musl" if os_name == "linux" else "none")
    return f"{arch}-{os_name}-{abi}"


def link_executable(object_path: str, out_path: str, triple: str | None = None) -> None:
    command = linker_command(object_path, out_path, triple)
    try:
        proc = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    except OSError as err:
        raise LinkError(f"cannot run the linker {command[0]!r}: {err}") from None
    if proc.returncode != 0:
        output = (proc.stderr or proc.stdout).strip()
        raise LinkError(f"linking failed (status {proc.returncode}): {' '.join(command)}\n{output}")
