"""`pyrite build`: Python file → object file → linked native executable (or wasm module).

    build_executable("prog.py", "prog", Options())                          # this machine
    build_executable("prog.py", "prog", Options(), lookup("riscv64-linux"))  # static musl
    build_executable("prog.py", "site", Options(), lookup("wasm32-web"))     # a directory

With no target the executable is for this machine, linked by the system `cc`
(the default build). A target from `targets.py` is always linked by Zig: a
static musl executable, a WASI module, or for wasm32-web a directory holding the
module and the page that runs it (`web.py`).
"""

from __future__ import annotations

import os
import tempfile

from ..diagnostics import UsageError
from ..ir.ops import Module
from .compile import Options, python_to_optimized_ir
from .targets import Target


def build_executable(path: str, output: str, options: Options, target: Target | None = None) -> None:
    build_module(python_to_optimized_ir(path, options), output, options.level, target)


def default_output(path: str, target: Target | None) -> str:
    """FILE.py → FILE, FILE.wasm (wasm32-wasi) or FILE-web (a directory, wasm32-web)."""
    stem = os.path.splitext(path)[0]
    if target is None or target.output == "executable":
        return stem
    return stem + (".wasm" if target.output == "wasm" else "-web")


def build_module(module: Module, output: str, level: int, target: Target | None = None) -> None:
    """Link optimised Pyrite IR into `output` for `target` (None: this machine's cc)."""
    from ..backend import emit_object

    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        raise UsageError(f"cannot write {output}: the directory {parent} does not exist")
    web = target is not None and target.output == "web"
    if os.path.isdir(output) and not web:
        raise UsageError(f"cannot write {output}: it is a directory", hint="give -o the path of the file to write")
    triple = target.triple if target is not None else None
    obj = emit_object(module, level, triple)
    if web:
        from .web import write_site

        os.makedirs(output, exist_ok=True)
        wasm = os.path.join(output, "program.wasm")
        _link(obj, wasm, triple)
        write_site(output, os.path.basename(module.filename))
        return
    _link(obj, output, triple)


def _link(obj: bytes, output: str, triple: str | None) -> None:
    from ..backend import link_executable

    with tempfile.TemporaryDirectory(prefix="pyrite-") as tmp:
        obj_path = os.path.join(tmp, "program.o")
        with open(obj_path, "wb") as f:
            f.write(obj)
        link_executable(obj_path, output, triple)
