"""Fixtures for unit tests: the runtime compiled with LLVM and called through ctypes,
and CPython, the oracle it is compared with."""

import ctypes
import math
import subprocess
import sys
from pathlib import Path

import llvmlite.binding as llvm
import pytest
from llvmlite import ir

from pyrite.backend.crt import link_c_runtime
from pyrite.runtime import EXCEPTION_KINDS, SIGNATURES, emit_runtime
from pyrite.runtime.abi import OVERFLOW_MESSAGE

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

_CTYPES = {
    "void": None, "i1": ctypes.c_bool, "i32": ctypes.c_int32, "i64": ctypes.c_int64,
    "f64": ctypes.c_double, "ptr": ctypes.c_void_p,
}


def _target_machine() -> llvm.TargetMachine:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    return llvm.Target.from_default_triple().create_target_machine(
        opt=2, codemodel="default", reloc="pic")


def optimised(module: ir.Module, target_machine: llvm.TargetMachine) -> llvm.ModuleRef:
    """Parse and verify an llvmlite module for this host, link the C runtime into it
    (ADR 0005) and run LLVM's O2 on it."""
    parsed = llvm.parse_assembly(str(module))
    parsed.triple = llvm.get_process_triple()
    parsed.data_layout = str(target_machine.target_data)
    parsed.verify()
    link_c_runtime(parsed, always=True)
    builder = llvm.create_pass_builder(
        target_machine, llvm.create_pipeline_tuning_options(speed_level=2))
    builder.getModulePassManager().run(parsed, builder)
    return parsed


def runtime_module() -> ir.Module:
    """The whole runtime with external linkage, so that tests can reach everything."""
    module = ir.Module(name="pyrite_runtime")
    emit_runtime(module, linkage="external")
    return module


def cpython(function, *args, int64: bool = False) -> tuple:
    """What CPython gives for function(*args): ("ok", result) or (exception name, message).

    int64=True applies Pyrite's documented limit: an int result outside 64 bits is
    OverflowError(OVERFLOW_MESSAGE)."""
    try:
        result = function(*args)
    except Exception as error:  # the oracle's exception is the expected outcome
        return type(error).__name__, str(error)
    if int64 and isinstance(result, int) and not INT64_MIN <= result <= INT64_MAX:
        return "OverflowError", OVERFLOW_MESSAGE
    return "ok", result


def same(a, b) -> bool:
    """Equal outcomes; floats must agree bit for bit (nan == nan, 0.0 != -0.0)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    return type(a) is type(b) and a == b


class JittedRuntime:
    """The runtime in this process's memory (MCJIT), its functions callable as
    runtime.NAME(...) for pyrite_NAME."""

    def __init__(self, engine: llvm.ExecutionEngine):
        self.engine = engine
        self._functions: dict[str, ctypes._CFuncPtr] = {}

    @classmethod
    def compile(cls) -> "JittedRuntime":
        """JIT-compile the runtime's IR, as the JIT backend does."""
        target_machine = _target_machine()
        engine = llvm.create_mcjit_compiler(optimised(runtime_module(), target_machine),
                                            target_machine)
        engine.finalize_object()
        return cls(engine)

    @classmethod
    def load(cls, object_file: str) -> "JittedRuntime":
        """Load the runtime from an object file made by `object_code` (fast: no compiling)."""
        engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), _target_machine())
        engine.add_object_file(llvm.ObjectFileRef.from_data(Path(object_file).read_bytes()))
        engine.finalize_object()
        return cls(engine)

    def __getattr__(self, name: str):
        full = f"pyrite_{name}"
        if full not in SIGNATURES:
            raise AttributeError(name)
        if full not in self._functions:
            ret, args = SIGNATURES[full]
            prototype = ctypes.CFUNCTYPE(_CTYPES[ret], *(_CTYPES[a] for a in args))
            self._functions[full] = prototype(self.engine.get_function_address(full))
        return self._functions[full]

    def c(self, name: str, restype, *argtypes):
        """The C runtime's function `name` (pyr_...), as a ctypes callable."""
        key = (name, restype, argtypes)
        if key not in self._functions:
            address = self.engine.get_function_address(name)
            assert address, f"the runtime has no function {name}"
            self._functions[key] = ctypes.CFUNCTYPE(restype, *argtypes)(address)
        return self._functions[key]

    def global_value(self, name: str, ctype):
        return ctype.from_address(self.engine.get_global_value_address(name))

    def take_exception(self) -> tuple[str, str] | None:
        """The pending exception as (type name, message), clearing it; None if none."""
        if not self.global_value("pyrite_exc_pending", ctypes.c_bool).value:
            return None
        kind = self.global_value("pyrite_exc_kind", ctypes.c_int32).value
        length = self.global_value("pyrite_exc_msg_len", ctypes.c_int64).value
        address = self.global_value("pyrite_exc_msg", ctypes.c_void_p).value
        message = ctypes.string_at(address, length).decode() if length else ""
        self.exc_clear()
        return EXCEPTION_KINDS[kind], message

    def call(self, name: str, *args) -> tuple:
        """Call pyrite_<name>; returns ("ok", result) or (exception type, message)."""
        result = getattr(self, name)(*args)
        exception = self.take_exception()
        return ("ok", result) if exception is None else exception

    def check(self, name: str, args: tuple, oracle, *, int64: bool = False) -> None:
        """Assert that pyrite_<name>(*args) does what CPython's oracle(*args) does:
        the same result (floats bit for bit) or the same exception and message."""
        expected = cpython(oracle, *args, int64=int64)
        got = self.call(name, *args)
        assert same(got, expected), f"pyrite_{name}{args}: got {got!r}, CPython {expected!r}"


@pytest.fixture(scope="session")
def runtime() -> JittedRuntime:
    return JittedRuntime.compile()


@pytest.fixture(scope="session")
def runtime_object_file(tmp_path_factory) -> Path:
    """The runtime compiled once to a host object file, for child processes to load."""
    target_machine = _target_machine()
    path = tmp_path_factory.mktemp("runtime") / "runtime.o"
    path.write_bytes(target_machine.emit_object(optimised(runtime_module(), target_machine)))
    return path


@pytest.fixture
def runtime_child(runtime_object_file):
    """Run Python code in a fresh process where `runtime` is the loaded runtime -- for
    functions that write to the real stdout or end the process. Returns the
    CompletedProcess (stdout and stderr as bytes)."""
    def run(body: str) -> subprocess.CompletedProcess:
        script = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
                  "from conftest import JittedRuntime\n"
                  f"runtime = JittedRuntime.load({str(runtime_object_file)!r})\n" + body)
        return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    return run


@pytest.fixture(scope="module")
def rv(runtime):
    """The runtime's objects made from and read back as Python values (runtime_values.py)."""
    from runtime_values import RuntimeValues
    return RuntimeValues(runtime)


@pytest.fixture
def no_leaks(rv):
    """Fails a test that leaves runtime objects alive once it has released what it made."""
    before = rv.live()
    yield
    assert rv.live() == before, f"{rv.live() - before} objects leaked"
