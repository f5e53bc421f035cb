"""The oracle for a program that ends with a deliberate compile error (gen/rejections.py).

    line = marked_line(text)                 # the line marked REJECT_MARK, or None
    result = check_rejection(text, "seed-7.py", line)

Pyrite must reject the program, and only for that line: every diagnostic is on
it (the rest of the program is the generator's valid code), and each renders as
`pyrite check` prints it, file:line:col, the source line and a caret. Accepting
the program, a diagnostic on another line, or an exception from the compiler is
a failure. CPython is not the oracle here: it would run most of these programs.
"""

from __future__ import annotations

import re

from ..diagnostics import CompileError
from .gen.rejections import REJECT_MARK


def marked_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if line.rstrip().endswith(REJECT_MARK):
            return number
    return None


def check_rejection(text: str, filename: str, line: int):
    from .oracle import Result, compile_text, crash_site  # the oracle calls this module first

    statement = text.splitlines()[line - 1].split(REJECT_MARK)[0].strip()
    try:
        compile_text(text, filename)
    except CompileError as err:
        return _judge(err, text, filename, line, statement)
    except RecursionError as err:
        return Result(False, "rejection ice: RecursionError", str(err))
    except Exception as err:
        return Result(False, f"rejection ice: {crash_site(err)}", f"{type(err).__name__}: {err} (line {line}: {statement})")
    return Result(False, f"accepted: {_shape(statement)}", f"line {line}: {statement}")


def _judge(err: CompileError, text: str, filename: str, line: int, statement: str):
    from .oracle import Result

    for d in err.diagnostics:
        shown = d.render(text)
        if d.span.line != line:
            return Result(False, f"rejected elsewhere: {_shape(d.message)}",
                          f"expected line {line} ({statement}), got {shown}")
        if not shown.startswith(f"{filename}:{line}:{d.span.col + 1}: ") or "^" not in shown:
            return Result(False, "rejection rendered badly", shown)
    return Result(True)


def _shape(text: str) -> str:
    """`text` without the generator's names, numbers and quoted strings: one bug, one signature."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'_'", text)
    text = re.sub(r"\b[a-z]+\d+\b", "x", text)
    return re.sub(r"\d+", "N", text)[:120]
