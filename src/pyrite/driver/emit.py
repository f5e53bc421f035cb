"""`pyrite emit --stage`: the text of one stage of the pipeline."""

from __future__ import annotations

from .compile import Options, optimize, python_to_ir, typed_ast


def emit_stage(path: str, stage: str, options: Options) -> str:
    if stage == "ast":
        from ..frontend.dump import dump_typed_ast

        return dump_typed_ast(typed_ast(path))
    from ..ir.printer import print_module

    module = python_to_ir(path)
    if stage == "ir":
        return print_module(module)
    module = optimize(module, options)
    if stage == "ir-opt":
        return print_module(module)
    from ..backend import emit_assembly, llvm_ir_text

    if stage == "llvm":
        return llvm_ir_text(module, options.level)
    return emit_assembly(module, options.level)
