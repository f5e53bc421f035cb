"""The runtime: the functions compiled code calls, emitted as LLVM IR into its module.

emit_runtime(module) defines every function in abi.SIGNATURES and every global in
abi.GLOBALS inside the program's own llvmlite module, so the JIT needs no linker and
every target (host, cross, WebAssembly) gets the same runtime. The runtime calls only
C library functions that glibc, musl and wasi-libc all have (see libc.py).

    printing.py    print() of int, float, bool, None, str; stdout
    floatrepr.py   repr(float), the shortest round-trip text
    exceptions.py  pending exception state, tracebacks, sys.exit
    intarith.py    int //, %, /, **, pow(b, e, m), math.factorial, math.gcd
    floatarith.py  float //, %, **, int(float), int <=> float comparison
    rounding.py    round(float, n), round(int, n), round(float)
    mathlib.py     the math module's float functions
    correctmath.py correctly rounded exp, log, sin, ... for targets whose libm differs
"""

from llvmlite import ir

from pyrite.runtime import (
    abi, correctmath, exceptions, floatarith, floatrepr, intarith, mathlib, printing, rounding)
from pyrite.runtime.abi import EXCEPTION_KINDS, GLOBALS, NORETURN, RAISES, SIGNATURES
from pyrite.runtime.context import RuntimeContext

__all__ = ["emit_runtime", "declare_runtime", "EXCEPTION_KINDS", "SIGNATURES", "RAISES", "NORETURN", "GLOBALS"]


def emit_runtime(module: ir.Module, ptr_bits: int = 64, *, linkage: str = "internal",
                 libm: str = "system") -> None:
    """Define the whole runtime in `module` for a target with `ptr_bits`-bit pointers.

    linkage "internal" (the default) lets LLVM drop what the program does not use;
    tests pass "external" to reach the functions and globals from outside the module.
    libm "system" calls the C library's exp, log, sin, ...; "pyrite" uses the correctly
    rounded ones of correctmath.py (for targets whose libm is not CPython's: ADR 0007)."""
    if libm not in ("system", "pyrite"):
        raise ValueError(f"libm must be 'system' or 'pyrite', not {libm!r}")
    ctx = RuntimeContext(module, ptr_bits, linkage, libm)
    parts = [exceptions, printing, floatrepr, intarith, floatarith, rounding, mathlib]
    if libm == "pyrite":
        parts.insert(-1, correctmath)
    for part in parts:
        part.emit(ctx)


def declare_runtime(module: ir.Module) -> None:
    """Declare (not define) every runtime function and global in `module`.

    For a program module whose runtime is linked in later from a module that
    emit_runtime(..., linkage="external") filled once (the fuzzer does this to
    avoid emitting the same runtime for every program)."""
    ctx = RuntimeContext(module, 64, "external")
    for name in SIGNATURES:
        ctx.function(name)
    for name, typ in GLOBALS.items():
        if name not in module.globals:
            ir.GlobalVariable(module, abi.llvm_type(typ), name).type = ir.PointerType()
