"""The str ops of ir/rtfuncs.py: each one reaches a C runtime function of the
right arity, and the IR interpreter (ir/semantics.py) runs the str programs of
tests/run exactly as CPython does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pyrite.backend.rtcalls import C_NAMES, WITH_NULLS
from pyrite.ir.rtfuncs import RUNTIME
from pyrite.runtime.capi import c_functions

RUN = Path(__file__).parent.parent / "run"
STR_OPS = sorted(name for name in RUNTIME if name.startswith(("str_", "format_")) or name == "ascii")
PROGRAMS = ["str_split_join", "str_search", "str_slice", "str_fstring", "str_percent", "str_format_method",
            "err_str_index_method", "err_str_int_parse"]


@pytest.mark.parametrize("name", STR_OPS)
def test_op_has_a_c_function_of_its_arity(name):
    cname, nulls = WITH_NULLS.get(name, (C_NAMES.get(name, f"pyr_{name}"), ()))
    assert cname in c_functions(), f"rt @{name}: no {cname} in runtime/capi"
    _, params, _ = c_functions()[cname]
    assert len(RUNTIME[name].params) + len(nulls) == len(params)


def _run(cmd: list[str]) -> tuple[int, str, str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=RUN)
    last = done.stderr.strip().splitlines()[-1:] or [""]
    return done.returncode, done.stdout, last[0]


@pytest.mark.parametrize("program", PROGRAMS)
def test_interpreter_matches_cpython(program):
    path = f"{program}.py"
    expected = _run([sys.executable, path])
    actual = _run([sys.executable, "-m", "pyrite.cli", "interp", path])
    assert actual == expected
