"""The fuzzer's -O2 native runs against the runtime compiled once (fuzz/o2_runtime.py, ADR 0015)."""

import llvmlite.binding as llvm

from pyrite.fuzz import native
from pyrite.fuzz.o2_runtime import o2_runtime
from pyrite.fuzz.oracle import compile_text, run_cpython
from pyrite.runtime.abi import GLOBALS

PROGRAM = '''
def power(x: float, n: int) -> float:
    if n == 0:
        return x ** -1.0
    return power(x * 0.5, n - 1) + 0.1


print(power(3.0, 4), round(2.675, 2), 2.5 ** 0.5, 10 ** 18 // 7)
print(power(0.0, 3))
'''


def _modules():
    return compile_text(PROGRAM, "prog.py")


def test_the_o2_module_given_to_codegen_defines_no_runtime_function():
    """Before, every program's module defined (and LLVM optimised and generated code for)
    pyrite_format_f64, pyrite_report_uncaught, the float repr helpers, ..."""
    ref = native._llvm_module(_modules()[2], 2)
    defined = {fn.name for fn in ref.functions if not fn.is_declaration}
    assert "main" in defined
    assert not {name for name in defined if name.startswith(("pyrite_", "pyr_"))}
    declared = {fn.name for fn in ref.functions if fn.is_declaration}
    assert "pyrite_report_uncaught" in declared  # main reports an uncaught exception through it


def test_the_program_defines_the_runtime_globals_hidden():
    """The object refers to the program's flag and depth; the program reaches them directly."""
    ref = native._llvm_module(_modules()[2], 2)
    for name in ("pyrite_exc_pending", "pyrite_depth"):
        gv = ref.get_global_variable(name)
        assert not gv.is_declaration, name
        assert gv.visibility == llvm.Visibility.hidden, name
    assert "i64 1" in str(ref.get_global_variable("pyrite_depth"))  # the runtime's initial value


def test_the_compiled_runtime_declares_the_globals_and_keeps_them_out_of_the_inline_module():
    runtime = o2_runtime()
    assert set(runtime.initializers) == set(GLOBALS)
    inline = runtime.inline
    for name in GLOBALS:
        try:
            gv = inline.get_global_variable(name)
        except NameError:
            continue
        assert gv.is_declaration, name


def test_an_exception_raised_in_the_compiled_runtime_reaches_the_program(tmp_path):
    """0.0 ** -1.0 raises inside the runtime's float power (in the object): the program
    sees the flag it defines, unwinds and reports the runtime's message."""
    expected = run_cpython(PROGRAM, "prog.py")
    assert expected.last_stderr.startswith("ZeroDivisionError")
    assert native.run_native(_modules()[2], 2, str(tmp_path)) == expected


def test_warm_up_compiles_the_runtime_before_any_child_does():
    native.warm_up()
    assert o2_runtime.cache_info().currsize == 1
