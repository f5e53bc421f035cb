"""The C runtime's entry points for compiled code, as tables the compiler reads.

Each module here describes the functions one part of runtime/c/ exports:

    FUNCTIONS = {"pyr_str_concat": ("ptr", ("ptr", "ptr"), "raises"), ...}

as (return type, parameter types, effect) in LLVM's spelling: `i64` for ints,
lengths and element "bits" (an element of any type travels as 8 bytes: an int,
a bool as 0/1, a double's bits, or an object pointer zero-extended), `f64`,
`i1`, `ptr` for objects and type descriptors, `void`. Effects are those of
ir/rtfuncs.py: pure (no side effect, never raises), raises, io -- and writes
(mutates an object argument, may raise: never folded, removed or reordered
with other uses of that object).
Object arguments are borrowed; a returned object is a new reference.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil


@functools.cache
def c_functions() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Every entry point of the C runtime: C name -> (return, parameters, effect)."""
    table: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for name, sig in module.FUNCTIONS.items():
            if name in table:
                raise ValueError(f"{name} is described twice in runtime/capi")
            table[name] = sig
    return table
