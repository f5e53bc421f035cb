"""The ahead-of-time path: reproducible objects, other targets, linking with cc or zig."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import llvmlite.binding as llvm
import pytest

from pyrite.backend import LinkError, emit_assembly, emit_object, link_executable, lower_module, optimize_llvm
from pyrite.backend.link import linker_command
from pyrite.ir.parser import parse_module

from test_backend_harness import FILENAME, run_exe

PROGRAM = textwrap.dedent(f"""
    module "{FILENAME}"
    global @total: i64
    func @fib(%n: i64) -> i64 {{
    ^entry:
      %two = const.i64 2
      %small = lt.i64 %n, %two
      cbr %small, ^base, ^rec
    ^base:
      ret %n
    ^rec:
      %one = const.i64 1
      %a = sub.i64 %n, %one  loc(4:14)
      %fa = call @fib(%a)  loc(4:11)
      %b = sub.i64 %n, %two  loc(4:25)
      %fb = call @fib(%b)  loc(4:22)
      %r = add.i64 %fa, %fb  loc(4:11)
      ret %r
    }}
    func @__module__() -> none {{
    ^entry:
      %n = const.i64 20
      %r = call @fib(%n)  loc(6:6)
      rt @print_i64(%r)
      %nl = const.str "\\n"
      rt @print_str(%nl)
      %x = const.f64 0.1
      %s = rt @str_f64(%x)
      rt @print_str(%s)
      rt @print_str(%nl)
      ret
    }}
""")
EXPECTED_STDOUT = "6765\n0.1\n"

_EMIT = """
import sys
from pyrite.backend import emit_object
from pyrite.ir.parser import parse_module
sys.stdout.buffer.write(emit_object(parse_module(sys.stdin.read()), int(sys.argv[1])))
"""


@pytest.mark.parametrize("level", [0, 2])
def test_objects_are_reproducible(level):
    """Same input, same bytes: twice in one process and in processes with different hash seeds."""
    module = parse_module(PROGRAM)
    first = emit_object(module, level)
    assert emit_object(parse_module(PROGRAM), level) == first
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-c", _EMIT, str(level)], input=PROGRAM.encode(), env=env,
                              capture_output=True, timeout=120, check=True)
        assert proc.stdout == first, f"PYTHONHASHSEED={seed} gave a different object"


_EMIT_FOR = """
import sys
from pyrite.backend import emit_object
from pyrite.ir.parser import parse_module
triple = sys.argv[2] if sys.argv[2] != "host" else None
sys.stdout.buffer.write(emit_object(parse_module(sys.stdin.read()), int(sys.argv[1]), triple))
"""

# A switch of three cases: lowered as compares under LLVM's default -min-jump-table-entries
# (4), as a jump table under the 2 the WebAssembly backend sets for the whole process.
SWITCH_LLVM = """
declare i32 @g(i32)
define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %d [ i32 0, label %a  i32 1, label %b  i32 2, label %c ]
d:
  ret i32 -1
a:
  %ra = call i32 @g(i32 3)
  ret i32 %ra
b:
  %rb = call i32 @g(i32 10)
  ret i32 %rb
c:
  %rc = call i32 @g(i32 17)
  ret i32 %rc
}
"""

CROSS = ["host", "aarch64-unknown-linux-musl", "riscv64-unknown-linux-musl", "wasm32-unknown-wasi"]


def test_objects_do_not_depend_on_what_the_process_compiled_before():
    """LLVM backends write process-wide code generation options (the WebAssembly backend
    sets -min-jump-table-entries to 2): every object must be the bytes a fresh process
    gives, whatever this process compiled before, for every target and in any order."""
    from pyrite.backend import target

    fresh = {}
    for triple in CROSS:
        proc = subprocess.run([sys.executable, "-c", _EMIT_FOR, "2", triple], input=PROGRAM.encode(),
                              capture_output=True, timeout=300, check=True)
        fresh[triple] = proc.stdout
    switch = {t: target.target_machine(None if t == "host" else t, 2).emit_object(_switch_module(t)) for t in CROSS}
    for order in (CROSS, CROSS[::-1], CROSS[1:] + CROSS[:1]):
        for triple in order:
            name = None if triple == "host" else triple
            assert emit_object(parse_module(PROGRAM), 2, name) == fresh[triple], f"{triple} after {order}"
            assert target.target_machine(name, 2).emit_object(_switch_module(triple)) == switch[triple], triple


def _switch_module(triple: str) -> "llvm.ModuleRef":
    from pyrite.backend import target

    ref = llvm.parse_assembly(SWITCH_LLVM)
    ref.triple = target.resolve_triple(None if triple == "host" else triple)
    return ref


def test_optimize_levels_verify():
    llvm_module = lower_module(parse_module(PROGRAM))
    for level in (0, 1, 2, 3):
        ref = optimize_llvm(str(llvm_module), level)
        ref.verify()
        assert ref.get_function("main") is not None
    assert "main" in emit_assembly(parse_module(PROGRAM), 2)


@pytest.mark.parametrize("triple,magic", [
    ("aarch64-unknown-linux-gnu", b"\x7fELF"),
    ("riscv64-unknown-linux-gnu", b"\x7fELF"),
    ("wasm32-unknown-wasi", b"\0asm"),
])
def test_cross_targets(triple, magic):
    """Objects for other machines (linking them is the driver's business)."""
    data = emit_object(parse_module(PROGRAM), 2, triple)
    assert data.startswith(magic)
    llvm_module = lower_module(parse_module(PROGRAM), triple)
    assert llvm_module.triple == triple


def test_link_with_cc(tmp_path):
    if "cc" not in os.path.basename(linker_command("a.o", "a")[0]):
        pytest.skip("no cc on PATH")
    obj = tmp_path / "prog.o"
    obj.write_bytes(emit_object(parse_module(PROGRAM), 2))
    link_executable(str(obj), str(tmp_path / "prog"))
    assert run_exe(tmp_path / "prog").stdout == EXPECTED_STDOUT


_LINK = """
import sys
from pyrite.backend import link_executable
from pyrite.backend.link import linker_command
print(linker_command(sys.argv[1], sys.argv[2])[:4])
link_executable(sys.argv[1], sys.argv[2])
"""


def test_link_with_zig_when_cc_is_hidden(tmp_path):
    obj = tmp_path / "prog.o"
    obj.write_bytes(emit_object(parse_module(PROGRAM), 2))
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    proc = subprocess.run([sys.executable, "-c", _LINK, str(obj), str(tmp_path / "prog")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ziglang" in proc.stdout
    assert run_exe(tmp_path / "prog").stdout == EXPECTED_STDOUT


def test_link_failure_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.o"
    bad.write_bytes(b"this is not an object file")
    with pytest.raises(LinkError, match="linking failed"):
        link_executable(str(bad), str(tmp_path / "bad"))


def test_jit_runs_in_process_status():
    """run_jit returns main's status when the program ends normally (in a subprocess: it prints)."""
    code = ("import sys\nfrom pyrite.backend import run_jit\nfrom pyrite.ir.parser import parse_module\n"
            "status = run_jit(parse_module(sys.stdin.read()), 2)\nprint('status', status)\n")
    proc = subprocess.run([sys.executable, "-c", code], input=PROGRAM, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == EXPECTED_STDOUT + "status 0\n"


def test_llvm_module_shape():
    """Pyrite functions, globals and the runtime are internal; only the C main is exported.
    The runtime functions the compiled C runtime calls back stay external, but hidden
    (visible to the library linked into the same executable, and nothing else)."""
    from pyrite.backend.crt import c_callbacks
    from pyrite.backend.objfile import compile_to_ref

    ref = compile_to_ref(parse_module(PROGRAM), 0)
    external = [f for f in ref.functions if not f.is_declaration and f.linkage == llvm.Linkage.external]
    assert [f.name for f in external if f.visibility == llvm.Visibility.default] == ["main"]
    hidden = {f.name for f in external if f.visibility == llvm.Visibility.hidden}
    assert hidden <= c_callbacks(None)
    assert ref.get_function("py.fib").linkage == llvm.Linkage.internal


@pytest.mark.parametrize("triple", [None, "aarch64-unknown-linux-gnu"])
def test_the_built_program_inlines_the_runtime_s_small_functions(triple):
    """The C runtime's functions carried its compiler's target CPU and features, which a
    program's functions (generic CPU) lack; LLVM refused to inline any of them into a
    built executable ("conflicting attributes"): every incref was a call."""
    from pyrite.backend import llvm_ir_text
    from pyrite.driver.compile import Options, optimize
    from pyrite.frontend import check
    from pyrite.irgen import lower_module as lower_python

    source = "xs = [1, 2, 3]\nfor i in range(3):\n    ys = xs\n    print(ys[i])\n"
    module = optimize(lower_python(check(source, "t.py")), Options(level=2))
    text = llvm_ir_text(module, 2, triple)
    calls = [line for line in text.splitlines() if "call" in line and "@pyr_" in line]
    assert not [c for c in calls if "@pyr_incref" in c or "@pyr_decref" in c or "@pyr_list_get" in c], calls


def test_append_stores_the_item_inline_and_calls_only_to_grow():
    """xs.append(v) was the C runtime's pyr_list_append, inlined at -O2 only, which read
    the element's kind through the list's type descriptor to pick the item's layout on
    every append (and, before its growth path was moved out of line, was too big to
    inline at all). The backend now stores the item itself (a byte for a bool, a counted
    reference for a str) and calls the runtime only when the list is full."""
    from pyrite.backend import llvm_ir_text
    from pyrite.driver.compile import Options, optimize
    from pyrite.frontend import check
    from pyrite.irgen import lower_module as lower_python

    source = textwrap.dedent("""
        def f(n: int) -> None:
            flags: list[bool] = []
            words: list[str] = []
            for i in range(n):
                flags.append(i % 3 == 0)
                words.append(str(i))
            print(flags, words)
        f(5)
    """)
    text = llvm_ir_text(optimize(lower_python(check(source, "t.py")), Options(level=0)), 0, None)
    blocks = re.split(r"\n(?=[\w.]+:)", text[text.index("define"):])
    calls = [blk for blk in blocks if "call void @pyr_list_append" in blk]
    assert len(calls) == 2 and all(blk.startswith("append.grow") for blk in calls), calls
    room = [blk for blk in blocks if blk.startswith("append.room")]
    assert any("store i8" in blk for blk in room), room  # the bool, as one byte
    assert any("call void @pyr_incref" in blk for blk in room), room  # the str's new reference


@pytest.mark.parametrize("triple", [None, "aarch64-unknown-linux-gnu"])
def test_object_items_are_read_and_written_inline(triple):
    """xs[i] and xs[i] = v on lists of objects called pyr_list_get / pyr_list_set, which
    read the element's kind through the list's type on every access; they are now inline,
    the references counted by pyr_incref / pyr_decref (inlined by LLVM)."""
    from pyrite.backend import llvm_ir_text
    from pyrite.driver.compile import Options, optimize
    from pyrite.frontend import check
    from pyrite.irgen import lower_module as lower_python

    source = textwrap.dedent("""
        def f(words: list[str], rows: list[list[float]], i: int) -> float:
            words[i] = words[i - 1] + "x"
            return rows[i][i] + len(words[i])
        print(f(["a", "b"], [[1.0, 2.0], [3.0, 4.0]], 1))
    """)
    module = optimize(lower_python(check(source, "t.py")), Options(level=0))
    text = llvm_ir_text(module, 0, triple)  # unoptimized: LLVM inlined the calls, kind loads and all
    calls = [line for line in text.splitlines() if "call" in line and ("@pyr_list_get" in line or "@pyr_list_set" in line)]
    assert not calls, calls
    assert "call void @pyr_incref" in text and "call void @pyr_decref" in text


def test_a_loop_storing_list_items_does_not_reload_the_list_header():
    """Without alias tags LLVM had to assume `flags[k] = False` could change the list's
    length or items pointer, and loaded both again on every step of a sieve's loop."""
    import re

    from pyrite.backend import llvm_ir_text
    from pyrite.driver.compile import Options, optimize
    from pyrite.frontend import check
    from pyrite.irgen import lower_module as lower_python

    source = textwrap.dedent("""
        def clear(flags: list[bool], start: int, step: int) -> None:
            for k in range(start, len(flags), step):
                flags[k] = False


        flags = [True] * 100
        clear(flags, 4, 2)
        print(flags.count(True))
    """)
    module = optimize(lower_python(check(source, "t.py")), Options(level=2))
    blocks = re.split(r"\n(?=[\w.]+:)", llvm_ir_text(module, 2))
    loop = [b for b in blocks if re.search(r"store i8 0, ptr %[\w.]+, align 1", b)]  # bool items are bytes
    assert len(loop) == 1, loop
    assert " load " not in loop[0], loop[0]
