"""The `pyrite` command on good and hostile input: never a Python traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SMALL = "def sq(x: int) -> int:\n    return x * x\n\nprint(sq(7), 1.5 / 2)\n"


def pyrite(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyrite", *args], cwd=ROOT, capture_output=True,
                          text=True, input=stdin, timeout=timeout)


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
    assert "internal compiler error" not in proc.stderr, proc.stderr


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return str(path)


def test_no_command_prints_help_and_fails():
    proc = pyrite()
    assert proc.returncode == 2 and "usage" in proc.stdout


def test_missing_file_is_a_diagnostic(tmp_path):
    proc = pyrite("run", str(tmp_path / "nope.py"))
    assert proc.returncode == 2
    assert "nope.py:1:1: error: cannot read file" in proc.stderr
    assert_no_traceback(proc)


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 4,                      # binary junk, not UTF-8
    b"\x00\x00print(1)\n",                      # NUL bytes
    "def f(:\n".encode(),                       # syntax error
    ("x = " + "(" * 5000 + "1" + ")" * 5000 + "\n").encode(),  # deep nesting
    ("x = " + "-" * 100000 + "1\n").encode(),  # deep unary chain
    b"print(undefined_name)\n",
])
def test_hostile_input_gets_a_diagnostic(tmp_path, data):
    proc = pyrite("run", write(tmp_path, "bad.py", data))
    assert proc.returncode == 2, proc.stderr
    assert "bad.py:" in proc.stderr and ": error: " in proc.stderr
    assert_no_traceback(proc)


def test_empty_file_runs_and_prints_nothing(tmp_path):
    proc = pyrite("run", write(tmp_path, "empty.py", ""))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def test_ten_megabyte_file(tmp_path):
    body = ("# " + "x" * 97 + "\n") * 100_000 + "print(42)\n"
    proc = pyrite("run", write(tmp_path, "big.py", body))
    assert_no_traceback(proc)
    assert (proc.returncode, proc.stdout) == (0, "42\n")


def test_several_errors_are_all_reported(tmp_path):
    source = "def f(x: int) -> int:\n    return x + y\n\nprint(f(1.5))\nprint(zz)\n"
    proc = pyrite("run", write(tmp_path, "multi.py", source))
    assert proc.returncode == 2
    assert proc.stderr.count(": error: ") >= 3, proc.stderr
    assert "multi.py:2:" in proc.stderr and "multi.py:4:" in proc.stderr and "multi.py:5:" in proc.stderr


def test_diagnostic_has_source_line_and_caret(tmp_path):
    proc = pyrite("run", write(tmp_path, "caret.py", "x = 1\ny = x + undefined\n"))
    lines = proc.stderr.splitlines()
    assert lines[0].startswith(f"{tmp_path}/caret.py:2:9: error: ")
    assert lines[1].endswith("| y = x + undefined")
    assert lines[2].endswith("|         ^~~~~~~~~")


@pytest.mark.parametrize("stage, marker", [
    ("ast", "FunctionDef sq(x: int) -> int"),
    ("ir", "func @sq(%x: i64) -> i64"),
    ("ir-opt", "mul.i64"),
    ("llvm", "define"),
    ("asm", "main"),
])
def test_emit_every_stage(tmp_path, stage, marker):
    proc = pyrite("emit", write(tmp_path, "small.py", SMALL), "--stage", stage)
    assert proc.returncode == 0, proc.stderr
    assert marker in proc.stdout


@pytest.mark.parametrize("level", ["-O0", "-O1", "-O2"])
def test_run_and_build_at_each_level(tmp_path, level):
    path = write(tmp_path, "small.py", SMALL)
    run = pyrite("run", level, path)
    assert (run.returncode, run.stdout) == (0, "49 0.75\n"), run.stderr
    exe = tmp_path / "small"
    build = pyrite("build", level, path, "-o", str(exe))
    assert build.returncode == 0, build.stderr
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (0, "49 0.75\n")


def test_build_is_reproducible(tmp_path):
    path = write(tmp_path, "small.py", SMALL)
    for name in ("a", "b"):
        assert pyrite("build", path, "-o", str(tmp_path / name)).returncode == 0
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def test_build_links_with_ziglang_when_there_is_no_cc(tmp_path):
    path = write(tmp_path, "small.py", SMALL)
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": str(bindir)}  # the venv only: no cc, no gcc
    exe = tmp_path / "small"
    proc = subprocess.run([sys.executable, "-m", "pyrite", "build", path, "-o", str(exe)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert run.stdout == "49 0.75\n"


def test_pass_flags_on_run(tmp_path):
    path = write(tmp_path, "small.py", SMALL)
    proc = pyrite("run", "--print-after=mem2reg", "--time-passes", "--verify-each", path)
    assert proc.returncode == 0 and proc.stdout == "49 0.75\n"
    assert "IR after mem2reg on @sq" in proc.stderr and "timing report" in proc.stderr


def test_opt_reads_stdin_and_rejects_bad_ir():
    good = 'module "t"\nfunc @f() -> i64 {\n^entry:\n  %x = const.i64 1\n  ret %x\n}\n'
    proc = pyrite("opt", "-", "-p", "dce", stdin=good)
    assert proc.returncode == 0 and "ret %x" in proc.stdout
    bad = good.replace("ret %x", "ret %y")
    proc = pyrite("opt", "-", stdin=bad)
    assert proc.returncode == 2 and "%y is used but never defined" in proc.stderr
    assert_no_traceback(proc)
