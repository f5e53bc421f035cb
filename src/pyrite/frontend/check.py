"""The frontend's entry point: source text in, TypedModule out (or every error).

    check(source, filename) -> TypedModule       raises CompileError

Phases: parse with Python's own `ast`; read the module's declarations
(imports, signatures, variable names); check the module's top-level
statements, which types the module-level variables; check each function;
check that module-level code does not use a definition before it runs; and,
when all that found nothing, let CPython's own compiler confirm there is no
error only it knows about (such as too many nested loops).
No input makes this raise anything but CompileError.
"""

from __future__ import annotations

import ast
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from pyrite.diagnostics import CompileError, Diagnostic, Span
from pyrite.frontend import genexp_args
from pyrite.frontend.bodies import check_function, check_module_body
from pyrite.frontend.context import Tables
from pyrite.frontend.definition_order import check_definition_order, needs_of
from pyrite.frontend.toplevel import scan_module
from pyrite.frontend.typed import TypedModule

# Lines of code (not blank, not comment-only) beyond this are refused before
# parsing: Python's AST of 10 MB of code takes several GB of memory.
MAX_CODE_CHARS = 4_000_000
# The checker recurses once per nesting level; deep `elif` chains and long
# expressions need more than Python's default 1000 frames.
RECURSION_LIMIT = 20_000
TOO_DEEP = "expression nested too deeply"


def check(source: str, filename: str) -> TypedModule:
    """Type-check a whole file; raise CompileError holding every diagnostic."""
    source = source.removeprefix("\ufeff")  # a UTF-8 byte order mark, as CPython allows
    _refuse_huge(source, filename)
    tree = parse(source, filename)
    try:
        with _recursion_limit(RECURSION_LIMIT):
            typed, tables = check_tree(tree, source, filename)
    except RecursionError:
        raise CompileError([Diagnostic(filename, Span(1, 0), TOO_DEEP)]) from None
    except MemoryError:
        raise CompileError([Diagnostic(filename, Span(1, 0), "out of memory while checking this file")]) from None
    diagnostics = tables.diagnostics or python_compile_errors(tree, filename)
    if diagnostics:
        raise CompileError(sorted(set(diagnostics), key=_position))
    return typed


def parse(source: str, filename: str) -> ast.Module:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. invalid escape sequences: not errors
            return ast.parse(source, filename)
    except SyntaxError as error:
        raise CompileError([syntax_diagnostic(error, filename, source)]) from None
    except UnicodeError as error:  # a lone surrogate, from text decoded with surrogateescape
        span = _span_at(source, getattr(error, "start", 0))
        raise CompileError([Diagnostic(filename, span, "source contains text that is not valid Unicode")]) from None
    except ValueError as error:  # null bytes, on Pythons that report them so
        raise CompileError([Diagnostic(filename, _span_at(source, source.find("\0")), str(error))]) from None
    except (RecursionError, MemoryError):
        raise CompileError([Diagnostic(filename, Span(1, 0), TOO_DEEP)]) from None


def check_tree(tree: ast.Module, source: str, filename: str) -> tuple[TypedModule, Tables]:
    genexp_args.rewrite(tree)
    tables = Tables(filename)
    module = scan_module(tree, tables)
    tables.absorb(check_module_body(module, tree))
    function_needs = {}
    for fn in module.functions.values():
        fn_tables = check_function(module, fn)
        used = [*fn_tables.calls, *fn_tables.names]  # exactly the function's calls and names
        function_needs[fn.name] = {need for _, need in needs_of(used, fn_tables)}
        tables.absorb(fn_tables)
    check_definition_order(tree, tables, function_needs)
    typed = TypedModule(
        filename=filename, source=source, tree=tree, functions=module.functions, globals=module.globals,
        types=tables.types, names=tables.names, calls=tables.calls, maybe_unbound=tables.maybe_unbound,
        imports=module.imports, condition_only=tables.condition_only, closures=tables.closures,
    )
    return typed, tables


def python_compile_errors(tree: ast.Module, filename: str) -> list[Diagnostic]:
    """Errors CPython's compiler reports that the checker does not look for."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        return [syntax_diagnostic(error, filename, None)]
    except (RecursionError, MemoryError):
        return [Diagnostic(filename, Span(1, 0), TOO_DEEP)]
    except ValueError as error:  # not expected from a tree ast.parse built
        return [Diagnostic(filename, Span(1, 0), str(error))]
    return []


def syntax_diagnostic(error: SyntaxError, filename: str, source: str | None) -> Diagnostic:
    line = error.lineno or 1
    col = max((error.offset or 1) - 1, 0)
    if error.lineno is None and source is not None and "\0" in source:
        return Diagnostic(filename, _span_at(source, source.find("\0")), error.msg)
    return Diagnostic(filename, Span(line, col), error.msg or "invalid syntax")


def _refuse_huge(source: str, filename: str) -> None:
    if len(source) <= MAX_CODE_CHARS:
        return
    code = sum(len(line) for line in source.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    if code > MAX_CODE_CHARS:
        raise CompileError([Diagnostic(filename, Span(1, 0),
                                       f"source file is too large: {code / 1e6:.1f} MB of code "
                                       f"(the limit is {MAX_CODE_CHARS / 1e6:.0f} MB)")])


def _span_at(source: str, index: int) -> Span:
    index = max(index, 0)
    line = source.count("\n", 0, index) + 1
    return Span(line, index - (source.rfind("\n", 0, index) + 1))


def _position(diagnostic: Diagnostic) -> tuple[int, int, str]:
    return (diagnostic.span.line, diagnostic.span.col, diagnostic.message)


@contextmanager
def _recursion_limit(limit: int) -> Iterator[None]:
    # Safe to raise on CPython 3.11+: Python-to-Python calls no longer use the C stack.
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)
