"""Diagnostics: errors with a source span, rendered the way a user reads them.

    nbody.py:12:9: error: cannot add 'int' and 'str'
       12 |     total = count + name
          |             ^~~~~~~~~~~~
    hint: convert explicitly, e.g. str(count) + name

Every stage that rejects input (frontend, IR parser, verifier) reports through
`Diagnostic` and raises `CompileError` holding all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A source range: 1-based lines, 0-based columns (as Python's `ast`)."""

    line: int
    col: int
    end_line: int | None = None
    end_col: int | None = None

    @staticmethod
    def of(node) -> "Span":
        """The span of an `ast` node (or anything with lineno/col_offset)."""
        line = getattr(node, "lineno", 1) or 1
        col = getattr(node, "col_offset", 0) or 0
        return Span(line, col, getattr(node, "end_lineno", None), getattr(node, "end_col_offset", None))


@dataclass(frozen=True)
class Diagnostic:
    filename: str
    span: Span
    message: str
    hint: str | None = None
    severity: str = "error"

    def render(self, source: str | None) -> str:
        """The diagnostic as printed: location, message, source line, caret, hint."""
        head = f"{self.filename}:{self.span.line}:{self.span.col + 1}: {self.severity}: {self.message}"
        lines = [head]
        text = _source_line(source, self.span.line)
        if text is not None:
            lines += _caret_lines(text, self.span)
        if self.hint:
            lines.append(f"hint: {self.hint}")
        return "\n".join(lines)


class CompileError(Exception):
    """Raised with every diagnostic found; the driver prints them and exits 2."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


class UsageError(Exception):
    """A problem with how Pyrite was asked to do something rather than with the source
    (an unknown target, a runner that is not installed): printed as
    `pyrite: error: MESSAGE` with an optional hint, exit status 2."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


def _source_line(source: str | None, line: int) -> str | None:
    if source is None:
        return None
    lines = source.splitlines()
    if 1 <= line <= len(lines):
        return lines[line - 1].expandtabs(1)[:400]
    return None


def _caret_lines(text: str, span: Span) -> list[str]:
    gutter = f"{span.line:>5} | "
    start = min(span.col, len(text))
    if span.end_line == span.line and span.end_col is not None and span.end_col > start:
        width = min(span.end_col, len(text)) - start
    else:
        width = 1
    width = max(width, 1)
    marker = " " * start + "^" + "~" * (width - 1)
    return [gutter + text, " " * (len(gutter) - 2) + "| " + marker]
