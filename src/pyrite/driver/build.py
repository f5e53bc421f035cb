"""`pyrite build`: Python file → object file → linked native executable."""

from __future__ import annotations

import os
import tempfile

from .compile import Options, python_to_optimized_ir


def build_executable(path: str, output: str, options: Options) -> None:
    from ..backend import emit_object, link_executable

    module = python_to_optimized_ir(path, options)
    obj = emit_object(module, options.level)
    with tempfile.TemporaryDirectory(prefix="pyrite-") as tmp:
        obj_path = os.path.join(tmp, "program.o")
        with open(obj_path, "wb") as f:
            f.write(obj)
        link_executable(obj_path, output)
