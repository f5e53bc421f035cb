"""Regression tests: every tests/regress/NAME.py against CPython, through the fuzzer's oracle.

Files come from `pyrite reduce --save-regress NAME` (see tests/regress/README.md).
Each is checked by `pyrite.fuzz.oracle.check_program`, the comparison the fuzzer
found it with: CPython, the IR interpreter at -O0/-O1/-O2 and native code at
-O0/-O2 must give the same stdout, last stderr line and exit status; the one
documented deviation (Pyrite's 64-bit OverflowError where CPython prints a
bigger int) is accepted exactly as in tests/run. A file marked
`# pyrite: rejected` in its leading comments must be rejected with a diagnostic.

The harness itself is tested below on a known-good program, a program under an
injected miscompile (tests/conftest.py), and both sides of the marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pyrite.fuzz.oracle import check_program
from pyrite.fuzz.reduce import REJECTED_MARKER

ROOT = Path(__file__).resolve().parent.parent
REGRESS = ROOT / "tests" / "regress"
PROGRAMS = sorted(REGRESS.glob("*.py"))

GOOD = """\
def f(a: int, b: int) -> int:
    return a % b + a // b

x = -7
print(f(x, 3), f(7, -3), -7 % 3)
"""


def leading_comments(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.strip())
    return lines


def regress_problem(path: Path) -> str:
    """'' if the program behaves as its header requires, else what went wrong."""
    text = path.read_text(encoding="utf-8")
    result = check_program(text, path.name)
    if any(line.startswith(REJECTED_MARKER) for line in leading_comments(text)):
        if result.signature.startswith("rejected:"):
            return ""
        return f"marked '{REJECTED_MARKER}' but: {result.signature or 'Pyrite accepts it and agrees with CPython'}"
    return "" if result.ok else f"{result.signature}: {result.detail}"


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_regress(program: Path) -> None:
    problem = regress_problem(program)
    assert not problem, f"{program.relative_to(ROOT)}: {problem}"


def test_harness_passes_a_good_program(tmp_path):
    path = tmp_path / "good.py"
    path.write_text(GOOD)
    assert regress_problem(path) == ""


def test_harness_catches_an_injected_miscompile(tmp_path, miscompiling_constfold):
    path = tmp_path / "good.py"
    path.write_text(GOOD)
    problem = regress_problem(path)
    assert problem.startswith("interp-O2+native-O2 stdout"), problem  # O1 has no constfold


def test_harness_rejected_marker(tmp_path):
    rejected = tmp_path / "rejected.py"
    rejected.write_text(f"# found by hand\n{REJECTED_MARKER}  (why)\nx = 1\nx = 'a'\nprint(x)\n")  # a variable keeps one type in Pyrite
    assert regress_problem(rejected) == ""
    accepted = tmp_path / "accepted.py"
    accepted.write_text(f"{REJECTED_MARKER}\n{GOOD}")
    assert regress_problem(accepted).startswith("marked")
