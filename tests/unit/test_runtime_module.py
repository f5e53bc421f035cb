"""What emit_runtime puts in a module: the ABI, the linkage, and other targets."""

import llvmlite.binding as llvm
import pytest
from llvmlite import ir

from pyrite.runtime import GLOBALS, RAISES, SIGNATURES, emit_runtime
from pyrite.runtime.abi import function_type, llvm_type


def test_every_abi_function_and_global_is_defined_with_its_type():
    module = ir.Module()
    emit_runtime(module)
    for name in SIGNATURES:
        fn = module.globals[name]
        assert fn.blocks, f"{name} is only declared"
        assert str(fn.function_type) == str(function_type(name))
    for name, typ in GLOBALS.items():
        assert str(module.globals[name].value_type) == str(llvm_type(typ))


def test_raises_lists_exactly_the_functions_that_can_raise():
    module = ir.Module()
    emit_runtime(module)
    calls = {fn.name: {instr.callee.name for block in fn.blocks for instr in block.instructions
                       if isinstance(instr, ir.CallInstr)}
             for fn in module.functions}

    def can_raise(name: str, seen: frozenset = frozenset()) -> bool:
        callees = calls.get(name, set()) - seen
        return "pyrite_raise" in callees or any(can_raise(c, seen | {name}) for c in callees)

    raising = {name for name in SIGNATURES if name != "pyrite_raise" and can_raise(name)}
    assert raising == set(RAISES)


def test_unused_runtime_functions_are_dropped(tmp_path):
    module = ir.Module()
    emit_runtime(module)
    main = ir.Function(module, ir.FunctionType(ir.VoidType(), []), "main")
    b = ir.IRBuilder(main.append_basic_block())
    b.call(module.globals["pyrite_print_f64"], [ir.Constant(ir.DoubleType(), 0.1)])
    b.ret_void()
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    machine = llvm.Target.from_default_triple().create_target_machine(opt=2)
    parsed = llvm.parse_assembly(str(module))
    parsed.verify()
    builder = llvm.create_pass_builder(machine, llvm.create_pipeline_tuning_options(speed_level=2))
    builder.getModulePassManager().run(parsed, builder)
    names = {fn.name for fn in parsed.functions if not fn.is_declaration}
    assert "main" in names
    assert not any(name.startswith("pyrite_math") or "pow" in name for name in names)


@pytest.mark.parametrize("triple, ptr_bits", [
    ("wasm32-unknown-wasi", 32), ("aarch64-unknown-linux-musl", 64),
    ("riscv64-unknown-linux-musl", 64)])
def test_runtime_compiles_for_other_targets(triple, ptr_bits):
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()
    module = ir.Module()
    module.triple = triple
    emit_runtime(module, ptr_bits, linkage="external")
    parsed = llvm.parse_assembly(str(module))
    parsed.verify()
    machine = llvm.Target.from_triple(triple).create_target_machine(opt=2, reloc="pic")
    parsed.data_layout = str(machine.target_data)
    assert machine.emit_object(parsed)
    if ptr_bits == 32:  # size_t arguments are 32-bit there
        assert "declare ptr @malloc(i32" in str(parsed).replace('"', "")


# what glibc, musl and wasi-libc all have (the runtime must link against each)
PORTABLE_LIBC = {
    "fwrite", "fputs", "fputc", "fflush", "snprintf", "strtod", "strlen", "memcpy", "malloc",
    "free", "exit", "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin",
    "acos", "atan", "atan2", "sinh", "cosh", "tanh", "fmod", "floor", "ceil", "trunc", "round",
    "copysign", "fabs", "pow", "frexp", "ldexp",
}


def test_runtime_calls_only_portable_libc_functions():
    module = ir.Module()
    emit_runtime(module, linkage="external")
    parsed = llvm.parse_assembly(str(module))
    declared = {fn.name for fn in parsed.functions
                if fn.is_declaration and not fn.name.startswith("llvm.")}
    assert declared <= PORTABLE_LIBC
    external_data = {gv.name for gv in parsed.global_variables if gv.is_declaration}
    assert external_data == {"stdout", "stderr"}
