"""Objects in native code: static strings, the refcount pass, and the leak check (ADR 0006)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "ir" / "passes" / "refcount_last_use.ir"

RUN = """
import sys
from pyrite.ir.parser import parse_module
from pyrite.passes.manager import run_passes
from pyrite.backend import run_jit
module = parse_module(open(sys.argv[1]).read())
run_passes(module, sys.argv[3:])
sys.exit(run_jit(module, int(sys.argv[2])))
"""


def run(passes: list[str], level: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYRITE_LEAKCHECK="1")
    return subprocess.run([sys.executable, "-c", RUN, str(PROGRAM), str(level), *passes],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("level", [0, 2])
def test_counted_program_frees_everything(level):
    proc = run(["refcount"], level)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "55!", "")


def test_leak_check_reports_objects_left_alive():
    proc = run([], 2)  # no refcount pass: the three strings made at run time are never freed
    assert proc.returncode == 70
    assert proc.stdout == "55!"
    assert proc.stderr == "pyrite: leak check: 3 objects still alive at exit\n"
