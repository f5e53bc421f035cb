"""`pyrite build/run --target` and `pyrite targets` through the command line.

The whole tests/run corpus runs on every target in test_run.py (built in-process);
this file checks what only the CLI does: choosing the output name, checking the
runner before building, running under qemu-user / wasmtime / Chromium, the
messages when something is missing, and that two builds give identical bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyrite.driver.targets import TARGETS, runner_missing

ROOT = Path(__file__).resolve().parent.parent
# Uses the correctly rounded math of cross targets, a float repr, a traceback and exit 1.
PROGRAM = """import math

def scaled(x: float, n: int) -> float:
    return math.sin(x) * n + math.exp(x) / math.log10(x + 10.0)

for i in range(1, 6):
    print(i, scaled(i / 3.0, i), round(i * 2.5), math.cos(i) ** 2)
print(10 // (3 - 3))
"""


def pyrite(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyrite", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env, stdin=subprocess.DEVNULL)


def require(target: str) -> None:
    missing = runner_missing(TARGETS[target])
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to run {target} programs: {missing}")
        pytest.skip(missing)


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "prog.py"
    path.write_text(PROGRAM)
    return path


def test_targets_lists_every_target_with_its_status():
    proc = pyrite("targets")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    for name, target in TARGETS.items():
        row = next((line for line in lines if line.split()[:1] == [name]), None)
        assert row is not None, f"{name} missing from:\n{proc.stdout}"
        assert target.status in row.split()


@pytest.mark.parametrize("target", list(TARGETS))
def test_run_on_target_matches_cpython(target: str, program: Path):
    """`pyrite run FILE --target T`: stdout, last stderr line and status as CPython's."""
    require(target)
    expected = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60)
    proc = pyrite("run", str(program), "--target", target)
    assert proc.stdout == expected.stdout
    assert proc.stderr.splitlines()[-1] == expected.stderr.splitlines()[-1] == \
        "ZeroDivisionError: integer division or modulo by zero"
    assert proc.returncode == expected.returncode == 1, proc.stderr


@pytest.mark.parametrize("target", list(TARGETS))
def test_builds_are_reproducible(target: str, program: Path, tmp_path: Path):
    """Two builds, from different directories into different names, give the same bytes."""
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    (second / "elsewhere").mkdir(parents=True)
    shutil.copy(program, first / "prog.py")
    shutil.copy(program, second / "prog.py")
    a = pyrite("build", "prog.py", "--target", target, "-o", "out-a", cwd=first)
    b = pyrite("build", "prog.py", "--target", target, "-o", str(second / "elsewhere" / "out-b"), cwd=second)
    assert a.returncode == 0 and b.returncode == 0, a.stderr + b.stderr
    assert _contents(first / "out-a") == _contents(second / "elsewhere" / "out-b")


def _contents(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("target,magic", [
    ("x86_64-linux", b"\x7fELF\x02\x01\x01"), ("aarch64-linux", b"\x7fELF\x02\x01\x01"),
    ("riscv64-linux", b"\x7fELF\x02\x01\x01"), ("wasm32-wasi", b"\0asm\x01\0\0\0"),
])
def test_build_default_output_names(target: str, magic: bytes, program: Path):
    proc = pyrite("build", str(program), "--target", target)
    assert proc.returncode == 0, proc.stderr
    out = program.with_suffix(".wasm") if target.startswith("wasm") else program.with_suffix("")
    assert out.read_bytes().startswith(magic)


def test_web_build_is_a_directory(program: Path):
    proc = pyrite("build", str(program), "--target", "wasm32-web")
    assert proc.returncode == 0, proc.stderr
    site = program.parent / "prog-web"
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "program.wasm", "pyrite-wasi.js"]
    assert (site / "program.wasm").read_bytes().startswith(b"\0asm")
    assert "<pre id=\"output\">" in (site / "index.html").read_text()


def test_web_page_shows_the_output_in_chromium(program: Path, tmp_path: Path):
    """The built page itself, served on localhost and loaded by headless Chromium."""
    require("wasm32-web")
    from pyrite.driver.web import _dump, _results

    site = tmp_path / "site"
    assert pyrite("build", str(program), "--target", "wasm32-web", "-o", str(site)).returncode == 0
    expected = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60)
    dom = _dump(str(site), "index.html")
    result = _results(dom)["output"]
    assert result.error == "" and result.status == 1
    assert result.stdout == expected.stdout
    assert result.stderr.splitlines()[-1] == expected.stderr.splitlines()[-1]
    assert "exited with status 1" in dom


def test_missing_runner_names_the_package(program: Path, tmp_path: Path):
    """No qemu-riscv64 / chromium on PATH: a one-line error naming the Debian package, status 2."""
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    for target, package in (("riscv64-linux", "qemu-user"), ("wasm32-web", "chromium")):
        proc = pyrite("run", str(program), "--target", target, env=env)
        assert proc.returncode == 2, proc.stderr
        assert f"`{package}`" in proc.stderr and "Traceback" not in proc.stderr


def test_output_in_a_missing_directory_is_a_usage_error(program: Path, tmp_path: Path):
    proc = pyrite("build", str(program), "--target", "wasm32-wasi", "-o", str(tmp_path / "no" / "such.wasm"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def test_output_that_is_a_directory_is_a_usage_error(program: Path, tmp_path: Path):
    """It was an internal compiler error: the linker failed to write over the directory."""
    for target in ((), ("--target", "wasm32-wasi")):
        proc = pyrite("build", str(program), *target, "-o", str(tmp_path))
        assert proc.returncode == 2, proc.stderr
        assert "is a directory" in proc.stderr and "internal compiler error" not in proc.stderr


def test_unknown_target_is_a_usage_error(program: Path):
    for command in ("run", "build"):
        proc = pyrite(command, "--target", "sparc-solaris", str(program))
        assert proc.returncode == 2
        assert "sparc-solaris" in proc.stderr and "Traceback" not in proc.stderr
    proc = pyrite("run", str(program), "--target", "sparc-solaris")
    assert proc.returncode == 2 and "unknown target 'sparc-solaris'" in proc.stderr
