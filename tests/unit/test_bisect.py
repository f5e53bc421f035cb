"""`pyrite bisect` against injected miscompiles (tests/conftest.py): it must name the stage or pass application."""

import io
import re

import pytest

from pyrite.driver.compile import Options, optimize, python_to_ir
from pyrite.fuzz.bisect import bisect, main
from pyrite.passes.manager import PassOptions

# Three functions; only @wrap has a `%` of a negative constant that constfold can fold.
PROGRAM = """\
def double(n: int) -> int:
    return n * 2

def wrap(k: int) -> int:
    offset = -17
    return offset % 5 + k

def noisy(x: float) -> float:
    return x / 4.0

print(double(21), noisy(3.0))
print(wrap(1))
"""

# No constant to fold: the `%` runs in the interpreter or native code at every -O level.
RUNTIME_MOD = """\
def f(a: int) -> int:
    return a % 3

print(f(-7), f(7))
"""


def write(tmp_path, text, name="prog.py"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def first_application(path: str, name: str) -> int:
    """The pass manager's own number for the first application `name` (e.g. 'constfold on @wrap')."""
    log = io.StringIO()
    optimize(python_to_ir(path), Options(level=2, passes=PassOptions(bisect_limit=10**9, out=log)))
    numbers = re.findall(rf"\((\d+)\) {re.escape(name)}$", log.getvalue(), re.M)
    return int(numbers[0])


def test_names_the_injected_pass_application(tmp_path, miscompiling_constfold):
    path = write(tmp_path, PROGRAM)
    verdict = bisect(path)
    expected = first_application(path, "constfold on @wrap")
    assert expected > 2  # not simply the first constfold run: the manager counts per function
    assert (verdict.stage, verdict.judge, verdict.index, verdict.application) == \
        ("pass", "interp", expected, "constfold on @wrap")
    assert "mod.i64" in verdict.before and "mod.i64" not in verdict.after
    assert verdict.detail == "stdout: line 2: expected '4', got '-1'"


def test_cli_prints_the_pass_and_a_diff(tmp_path, miscompiling_constfold, capsys):
    path = write(tmp_path, PROGRAM)
    assert main([path]) == 0
    out = capsys.readouterr().out
    expected = first_application(path, "constfold on @wrap")
    assert f"first bad pass application: ({expected}) constfold on @wrap" in out
    assert re.search(r"^-\s+%\S+ = mod\.i64 ", out, re.M), out
    assert f"+++ after ({expected}) constfold on @wrap" in out


def test_no_pass_to_blame_when_irgen_or_interpreter_is_wrong(tmp_path, miscompiling_interp, capsys):
    path = write(tmp_path, RUNTIME_MOD)
    verdict = bisect(path)
    assert (verdict.stage, verdict.judge) == ("irgen", "interp")
    assert main([path]) == 0
    assert "differs already at limit 0" in capsys.readouterr().out


def test_no_pass_to_blame_when_the_backend_is_wrong(tmp_path, miscompiling_backend, capsys):
    path = write(tmp_path, RUNTIME_MOD)
    verdict = bisect(path)
    assert (verdict.stage, verdict.judge) == ("backend", "native")
    assert verdict.detail == "stdout: line 1: expected '2 1', got '-1 1'"
    assert main([path, "-O1"]) == 0
    assert "the bug is in the backend" in capsys.readouterr().out


def test_a_correct_program_has_nothing_to_bisect(tmp_path, capsys):
    path = write(tmp_path, PROGRAM)
    assert bisect(path).stage == "none"
    assert main([path]) == 1
    assert "no difference" in capsys.readouterr().out


@pytest.mark.parametrize("text", ["print(undefined)\n", "def f(:\n"])
def test_bad_input_is_a_message_not_a_traceback(tmp_path, capsys, text):
    assert main([write(tmp_path, text)]) == 2
    err = capsys.readouterr().err
    assert "error" in err and "Traceback" not in err
    assert main([str(tmp_path / "missing.py")]) == 2


def test_the_pyrite_command_dispatches_to_bisect(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "pyrite", "bisect", "-O1", write(tmp_path, RUNTIME_MOD)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "no difference: with every -O1 pass on, the interpreter and native code agree" in proc.stdout
