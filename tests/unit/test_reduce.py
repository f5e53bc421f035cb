"""`pyrite reduce` and its interestingness tests, on injected miscompiles and crashes (tests/conftest.py)."""

import os
import stat
import time

import pytest

from pyrite.fuzz import reduce as reduce_mod
from pyrite.fuzz.crash import CrashTest
from pyrite.fuzz.interesting import CommandTest, NotInteresting
from pyrite.fuzz.mismatch import MismatchTest
from pyrite.fuzz.oracle import check_program
from pyrite.fuzz.reduce import count_lines, main, reduce_text

# 38 lines; the injected constfold bug shows only in wrapped() (-17 % 5 folded to -2).
PROGRAM = """\
import math

LIMIT = 10


def scale(x: float, k: int) -> float:
    return x * k / 3.0


def step(n: int) -> int:
    if n % 2 == 0:
        return n // 2
    return 3 * n + 1


def collatz(n: int) -> int:
    count = 0
    while n != 1:
        n = step(n)
        count += 1
    return count


def wrapped() -> int:
    offset = -17
    return offset % 5


total = 0
for i in range(1, LIMIT):
    total += collatz(i)
print("total", total)
print(scale(2.5, 4), math.sqrt(16.0))
acc = 0
for j in range(5):
    acc += j * wrapped()
    if acc > 20:
        break
print("acc", acc, abs(LIMIT - 20))
"""

MAX_REDUCED_LINES = 5  # wrapped() with its two lines, a call and a print: an AST reducer does not inline


def test_mismatch_reduces_to_a_few_lines_and_stays_interesting(miscompiling_constfold):
    test = MismatchTest.of(PROGRAM, "prog.py")
    assert str(test.signature) == "interp-O2 stdout int"
    reduced = reduce_text(PROGRAM, test)
    assert count_lines(reduced) <= MAX_REDUCED_LINES, reduced
    assert "%" in reduced
    assert test.reason(reduced) == ""
    result = check_program(reduced, "prog.py")
    assert not result.ok and result.signature.startswith("interp-O2"), result.signature


def test_the_same_program_is_fine_without_the_injected_bug():
    with pytest.raises(NotInteresting, match="every stage agrees"):
        MismatchTest.of(PROGRAM, "prog.py")


def test_a_reduction_cannot_drift_into_rejection_or_undefined_behaviour(miscompiling_constfold):
    test = MismatchTest.of("print(-7 % 3)\n", "prog.py")
    assert test.reason("print(-7 % 3)\nprint(5)\n") == ""
    # Pyrite rejects it: a compile error is not the miscompile
    assert test.reason("print(-7 % 3)\nx = 1\nx = 'a'\n").startswith("Pyrite rejects it")
    # the program overflows 64 bits before the wrong line: Pyrite's OverflowError is by design, not the bug
    assert test.reason("x = 2 ** 62\nx = x * 4\nprint(-7 % 3, x)\n") != ""
    # ...but a wrong line printed before a documented overflow is still the bug: -O0 prints the right one
    assert test.reason("print(-7 % 3)\nx = 2 ** 62\nprint(x * 4)\n") == ""
    # CPython itself fails in a way no program here does deliberately
    assert "CPython raised" in test.reason("print(-7 % 3)\nprint(undefined_name)\n")
    # a loop that never ends is cut off after the CPython time limit, not after the whole timeout
    start = time.monotonic()
    assert test.reason("print(-7 % 3)\nwhile True:\n    pass\n") == "CPython ran too long"
    assert time.monotonic() - start < test.timeout


def test_a_big_int_is_not_a_miscompile_when_no_stage_checks_it(miscompiling_interp):
    test = MismatchTest.of("def f(a: int) -> int:\n    return a % 3\n\nprint(f(-7))\n", "prog.py")
    assert str(test.signature) == "interp-O0 stdout int"
    assert "does not fit in 64 bits" in test.reason("def f(a: int) -> int:\n    return a % 3\n\nprint(f(-7), 2 ** 64)\n")


SMALL = """\
x = 5
print(-17 % 5, x)
print("done")
"""


def test_a_backend_miscompile_is_checked_against_the_interpreter(miscompiling_backend):
    # each check JIT-compiles: a whole reduction would take a minute, so only the test itself is checked here
    test = MismatchTest.of("x = 4\nprint(x)\nprint(-7 % 3)\n", "prog.py")
    assert str(test.signature) == "native-O0 stdout int"
    assert test.reason("print(-7 % 3)\n") == ""
    assert test.reason("print(7 % 3)\n") == "native-O0 agrees with CPython"


def test_cli_writes_the_reduction_and_a_regress_file(tmp_path, miscompiling_constfold, monkeypatch, capsys):
    source = tmp_path / "seed-123.py"
    source.write_text(SMALL)
    regress = tmp_path / "regress"
    regress.mkdir()
    monkeypatch.setattr(reduce_mod, "regress_dir", lambda: regress)
    assert main([str(source), "--mismatch", "--save-regress", "negative_mod"]) == 0
    out = capsys.readouterr().out
    reduced = (tmp_path / "seed-123.reduced.py").read_text()
    assert f"reduced {count_lines(SMALL)} lines -> {count_lines(reduced)} lines (ratio" in out
    saved = (regress / "negative_mod.py").read_text()
    assert saved.startswith("# Reduced by `pyrite reduce` from seed-123.py (fuzz seed 123)\n"
                            "# It showed: mismatch interp-O2 stdout int: interp-O2: line 1: expected '3 5', got '-2 5'\n")
    assert saved.endswith(reduced)


def test_cli_explains_an_uninteresting_input(tmp_path, capsys):
    source = tmp_path / "ok.py"
    source.write_text(PROGRAM)
    assert main([str(source), "--mismatch"]) == 1
    assert "not interesting: every stage agrees with CPython" in capsys.readouterr().err
    source.write_text("def f(:\n")
    assert main([str(source), "--crash"]) == 2


@pytest.fixture
def crashing_constfold(monkeypatch):
    """Folding a `%` of a negative constant raises KeyError inside ir/semantics.py."""
    from pyrite.ir import semantics

    real = semantics.int_binary

    def int_binary(op, a, b):
        if op == "mod" and a < 0:
            raise KeyError("injected")
        return real(op, a, b)

    monkeypatch.setattr(semantics, "int_binary", int_binary)


def test_crash_reduces_to_the_crashing_line(crashing_constfold):
    test = CrashTest.of(PROGRAM, "prog.py")
    assert str(test.signature) == "passes-O2 crash: KeyError at semantics.py:binary"
    reduced = reduce_text(PROGRAM, test)
    assert count_lines(reduced) <= 3, reduced
    assert test(reduced)
    assert not test("print(7 % 3)\n")  # no crash at all


def test_a_saved_crash_that_cpython_rejects_is_marked(tmp_path, monkeypatch):
    monkeypatch.setattr(reduce_mod, "regress_dir", lambda: tmp_path)
    path = reduce_mod.save_regress("crash_x", "print(-7 % 3)\nprint(y)\n", "passes-O2 crash: KeyError", "t.py", rejected=True)
    assert path.read_text().splitlines()[2] == "# pyrite: rejected  (CPython raised \"NameError: name 'y' is not defined\")"
    path = reduce_mod.save_regress("crash_y", "print(-7 % 3)\n", "passes-O2 crash: KeyError", "t.py", rejected=True)
    assert "rejected" not in path.read_text()


def test_interesting_command_gets_the_path_and_runs_beside_the_file(tmp_path, monkeypatch, capsys):
    script = tmp_path / "still.sh"
    # C-Reduce's convention (the file, by its own name, in the working directory) and
    # shrinkray's (the path as the last argument) both hold.
    script.write_text('#!/bin/sh\ntest -f ./prog.py && grep -q needle "$1"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    source = tmp_path / "prog.py"
    source.write_text("".join(f"x{i} = {i}\n" for i in range(20)) + "needle = 7\nprint(needle)\n")
    monkeypatch.chdir(tmp_path)
    assert main(["prog.py", "--interesting", "./still.sh", "-o", "small.py"]) == 0
    small = (tmp_path / "small.py").read_text()
    assert "needle" in small and count_lines(small) == 1, small
    assert "reduced 22 lines -> 1 lines (ratio 22.0x)" in capsys.readouterr().out


def test_interesting_command_timeout_and_failure(tmp_path):
    assert CommandTest("false", "p.py", 5.0).reason("x = 1\n") == "the command exited 1"
    assert CommandTest("sleep 30;", "p.py", 0.5).reason("x = 1\n").startswith("timeout")
    assert CommandTest("test -s", "p.py", 5.0)("x = 1\n")
    assert os.path.basename(CommandTest("./nope.sh", "dir/p.py", 1.0).basename) == "p.py"


def test_a_test_that_reads_comments_still_gets_the_line_passes():
    # the AST pass cannot keep a comment, so pysource-minimize gives up; the line passes still work
    keeps = lambda text: "# keep me" in text and "print" in text  # noqa: E731
    assert reduce_text("# keep me\nx = 1\ny = 2\nprint(x)\n", keeps) == "# keep me\nprint(x)\n"


def test_the_pyrite_command_dispatches_to_reduce(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "pyrite", "reduce", str(tmp_path / "missing.py"), "--crash"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr
