"""`pyrite run`'s module: the program lowered alone, the runtime linked from bitcode kept on disk."""

import pytest

from pyrite.backend import llvm_runtime, target
from pyrite.backend.jit import program_module
from pyrite.backend.llvm_passes import optimize_llvm
from pyrite.backend.lower import lower_module
from pyrite.frontend import check
from pyrite.irgen import lower_module as irgen

PROGRAM = '''
def f(n: int, x: float) -> float:
    if n <= 0:
        return x ** 0.5
    return f(n - 1, x * 1.5) + round(x, 2)


words: list[str] = ["b", "a"]
words.sort()
print(f(4, 2.0), 7 // -2, " ".join(words), 10 ** 18 % 7)
print(1 // (len(words) - 2))
'''


def _shape(ref) -> dict[str, int]:
    """Each defined function's instruction count."""
    return {fn.name: sum(1 for b in fn.blocks for _ in b.instructions) for fn in ref.functions if not fn.is_declaration}


@pytest.mark.parametrize("level", [0, 2])
def test_the_linked_runtime_gives_the_module_lower_module_gives(level):
    module = irgen(check(PROGRAM, "prog.py"))
    host = target.host_triple()
    whole = optimize_llvm(lower_module(module), level, host, target.HOST_CPU, entry_points={"main"})
    linked = optimize_llvm(program_module(module), level, host, target.HOST_CPU, entry_points={"main"})
    assert _shape(linked) == _shape(whole)
    assert "pyrite_format_f64" in _shape(linked)  # the runtime is really in it


def test_the_bitcode_is_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("PYRITE_CACHE_DIR", str(tmp_path))
    host = target.host_triple()
    llvm_runtime.runtime_bitcode.cache_clear()
    try:
        made = llvm_runtime.runtime_bitcode(host)
        assert list(tmp_path.glob("runtime/llvm-runtime-*.bc"))
        llvm_runtime.runtime_bitcode.cache_clear()
        monkeypatch.setattr(llvm_runtime, "_emit", lambda _: pytest.fail("emitted the runtime again"))
        assert llvm_runtime.runtime_bitcode(host) == made
    finally:
        llvm_runtime.runtime_bitcode.cache_clear()


def test_the_key_follows_the_runtime_sources(tmp_path, monkeypatch):
    host = target.host_triple()
    source = tmp_path / "printing.py"
    source.write_text("one")
    monkeypatch.setattr(llvm_runtime, "_source_files", lambda: [source])
    first = llvm_runtime._key(host)
    source.write_text("two")
    assert llvm_runtime._key(host) != first
    assert llvm_runtime._key("aarch64-unknown-linux-gnu") != llvm_runtime._key(host)


def test_every_runtime_source_is_hashed():
    names = {p.name for p in llvm_runtime._source_files()}
    assert {"printing.py", "floatrepr.py", "exceptions.py", "context.py", "abi.py", "runtime_abi.py"} <= names
