"""Every tests/run/*.py through frontend -> irgen -> IR interpreter, against CPython.

The first end-to-end check of the compiler, before the backend exists:
stdout, the last stderr line and the exit status must equal CPython's.
The refcount pass (the -O0 pipeline) runs first, so the interpreter also
checks every reference count the program takes and releases (ADR 0006).
Programs marked `# pyrite: overflow` (64-bit int overflow where CPython
goes on) are left to tests/test_run.py. One test per file, so xdist spreads them.

The interpreter runs unoptimized IR at a few hundred thousand ops a second,
so a program gets a budget of ops (PYRITE_IRGEN_MAX_STEPS); one that needs
more is checked as far as it got (its output so far must be a prefix of
CPython's) and then skipped.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pyrite.frontend import check
from pyrite.ir.interp import StepLimitExceeded, run_module
from pyrite.ir.verifier import verify
from pyrite.irgen import lower_module
from pyrite.passes.manager import run_passes
from pyrite.passes.pipeline import O0

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((ROOT / "tests" / "run").glob("*.py"))
OVERFLOW = "# pyrite: overflow"
MAX_STEPS = int(os.environ.get("PYRITE_IRGEN_MAX_STEPS", 500_000))  # raise it to run all fully


def _last_line(text: str) -> str:
    lines = text.rstrip().splitlines()
    return lines[-1].rstrip() if lines else ""


def _args(path: Path) -> list[str]:
    args = path.with_suffix(".args")
    return args.read_text().split() if args.exists() else []


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_corpus(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    if source.startswith((OVERFLOW, "# pyrite: deviation")):
        pytest.skip("programs marked as a documented deviation are checked by tests/test_run.py")
    if _args(path):
        pytest.skip("the IR interpreter takes no program arguments")
    rel = path.relative_to(ROOT).as_posix()
    proc = subprocess.run([sys.executable, rel], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    module = lower_module(check(source, rel))
    verify(module)
    run_passes(module, O0)
    verify(module)
    out, err = io.StringIO(), io.StringIO()
    try:
        status = run_module(module, out, err, max_steps=MAX_STEPS)
    except StepLimitExceeded:
        assert proc.stdout.startswith(out.getvalue()), "the output so far differs from CPython's"
        pytest.skip(f"{path.stem}: more than {MAX_STEPS} IR ops; the {len(out.getvalue())} characters "
                    "printed so far match CPython")
    assert (out.getvalue(), _last_line(err.getvalue()), status) == (
        proc.stdout, _last_line(proc.stderr), proc.returncode)
