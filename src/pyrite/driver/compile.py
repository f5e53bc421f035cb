"""The pipeline, stage by stage: source → typed AST → IR → optimised IR → LLVM.

Each stage is a function the CLI, the tests and the tools share, so that
`pyrite emit --stage ir` shows exactly what `pyrite run` compiles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import CompileError, Diagnostic, Span
from ..ir.ops import Module
from ..ir.verifier import verify
from ..passes.manager import PassOptions, run_passes
from ..passes.pipeline import PIPELINES

MAX_SOURCE_BYTES = 64 * 1024 * 1024


@dataclass
class Options:
    level: int = 2
    passes: PassOptions = field(default_factory=PassOptions)


def read_source(path: str) -> str:
    """The file's text; a missing, unreadable or non-UTF-8 file is a diagnostic."""
    try:
        data = Path(path).read_bytes() if path != "-" else _stdin_bytes()
    except OSError as err:
        raise CompileError([Diagnostic(path, Span(1, 0), f"cannot read file: {err.strerror or err}")]) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise CompileError([Diagnostic(path, Span(1, 0), "file is larger than 64 MB")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        message = f"file is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        raise CompileError([Diagnostic(path, Span(line, 0), message, "Python source files are UTF-8")]) from None


def _stdin_bytes() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def typed_ast(path: str):
    from ..frontend import check

    return check(read_source(path), path)


def python_to_ir(path: str):
    """Frontend and irgen: the unoptimised, verified IR of a Python file."""
    from ..irgen import lower_module

    module = lower_module(typed_ast(path))
    verify(module, after="irgen")
    return module


def optimize(module: Module, options: Options) -> Module:
    run_passes(module, PIPELINES[options.level], options.passes)
    if not options.passes.verify_each:
        verify(module, after=f"the -O{options.level} pipeline")
    return module


def python_to_optimized_ir(path: str, options: Options) -> Module:
    return optimize(python_to_ir(path), options)
