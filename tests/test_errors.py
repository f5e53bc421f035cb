"""Rejected programs: tests/errors/*.py.

Each file marks the diagnostics it must produce:

    x = y + 1  # ERROR: name 'y' is not defined      a diagnostic on this line
    # ERROR@7: text                                   a diagnostic on line 7

whose message contains the text. Every expected diagnostic must be reported,
and every reported diagnostic must be expected.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pyrite.diagnostics import CompileError, Diagnostic
from pyrite.frontend import check

CASES = sorted((Path(__file__).parent / "errors").glob("*.py"))
MARKER = re.compile(r"#\s*ERROR(?:@(\d+))?:\s*(.*?)\s*(?=#\s*ERROR|$)")


def expectations(source: str) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        for at, text in MARKER.findall(line):
            found.append((int(at) if at else number, text))
    return found


def diagnostics_of(path: Path) -> tuple[str, list[Diagnostic]]:
    source = path.read_text()
    with pytest.raises(CompileError) as info:
        check(source, path.name)
    return source, info.value.diagnostics


def matches(diagnostic: Diagnostic, line: int, text: str) -> bool:
    return diagnostic.span.line == line and text in diagnostic.message


def test_there_are_enough_cases():
    assert len(CASES) >= 35


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_rejected_program(path: Path):
    source, diagnostics = diagnostics_of(path)
    expected = expectations(source)
    assert expected, f"{path.name} has no ERROR comments"
    missing = [f"line {line}: {text}" for line, text in expected
               if not any(matches(d, line, text) for d in diagnostics)]
    unexpected = [d.render(source) for d in diagnostics
                  if not any(matches(d, line, text) for line, text in expected)]
    assert not missing and not unexpected, (
        "expected but not reported:\n  " + "\n  ".join(missing)
        + "\nreported but not expected:\n" + "\n".join(unexpected)
    )


CARET = re.compile(r"^ +\| +\^~*$")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_diagnostics_render(path: Path):
    source, diagnostics = diagnostics_of(path)
    lines = source.splitlines()
    for d in diagnostics:
        text = d.render(source).splitlines()
        assert text[0].startswith(f"{path.name}:{d.span.line}:{d.span.col + 1}: error: {d.message}")
        if 1 <= d.span.line <= len(lines):
            assert text[1].lstrip().startswith(f"{d.span.line} | ")
            assert CARET.match(text[2]), text[2]
        if d.hint:
            assert text[-1] == f"hint: {d.hint}"
