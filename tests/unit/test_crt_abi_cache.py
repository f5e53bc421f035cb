"""The C runtime's callbacks and parameter extensions, kept in a file beside its bitcode."""

import subprocess
import sys

import pytest

from pyrite.backend import crt, target
from pyrite.backend.link import zig_target
from pyrite.runtime import cbuild

HOST = zig_target(target.host_triple())


def _from_bitcode() -> dict:
    full = crt._full_runtime(HOST)
    values = [*full.functions, *full.global_variables]
    return {
        "callbacks": sorted(v.name for v in values if v.is_declaration and v.name.startswith(crt.CALLBACK_PREFIX)),
        "extensions": {fn.name: [crt._extension(a) for a in fn.arguments]
                       for fn in full.functions if fn.name.startswith(crt.C_RUNTIME_PREFIX)},
    }


def test_the_kept_file_says_what_the_bitcode_says(tmp_path, monkeypatch):
    crt._full_runtime(HOST)  # the bitcode itself from the usual cache (this process keeps it)
    monkeypatch.setenv("PYRITE_CACHE_DIR", str(tmp_path))
    crt._abi.cache_clear()
    try:
        made = crt._abi(HOST)  # a miss: parsed from the bitcode, then written
        assert list(tmp_path.glob("runtime/*-abi-*.json"))
        crt._abi.cache_clear()
        monkeypatch.setattr(crt, "_full_runtime", lambda _: pytest.fail("parsed the bitcode again"))
        kept = crt._abi(HOST)  # a hit: read from the file
    finally:
        crt._abi.cache_clear()
    assert made == kept
    assert "pyrite_raise" in kept["callbacks"]
    assert any("zeroext" in ext for ext in kept["extensions"].values())  # a C _Bool parameter


def test_the_kept_file_matches_a_fresh_parse():
    assert crt._abi(HOST) == _from_bitcode()


def test_zig_version_is_kept_and_agrees_with_zig(tmp_path, monkeypatch):
    answer = subprocess.run([sys.executable, "-m", "ziglang", "version"], capture_output=True, text=True, check=True)
    monkeypatch.setenv("PYRITE_CACHE_DIR", str(tmp_path))
    cbuild.zig_version.cache_clear()
    try:
        assert cbuild.zig_version() == answer.stdout.strip()  # a miss: asks zig, keeps its answer
        assert list(tmp_path.glob("runtime/zig-version-*.txt"))
        cbuild.zig_version.cache_clear()
        monkeypatch.setattr(cbuild, "_zig", lambda *a, **k: pytest.fail("ran zig for its version again"))
        assert cbuild.zig_version() == answer.stdout.strip()
    finally:
        cbuild.zig_version.cache_clear()
