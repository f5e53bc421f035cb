"""The C runtime's entry points for compiled code, as tables the compiler reads.

Each module here describes the functions one part of runtime/c/ exports:

    FUNCTIONS = {"pyr_str_concat": ("ptr", ("ptr", "ptr"), "raises"), ...}

as (return type, parameter types, effect) in LLVM's spelling: `i64` for ints,
lengths and element "bits" (an element of any type travels as 8 bytes: an int,
a bool as 0/1, a double's bits, or an object pointer zero-extended), `f64`,
`i1`, `ptr` for objects and type descriptors, `void`. Effects are those of
ir/rtfuncs.py: pure (no side effect, never raises), raises, io.
Object arguments are borrowed; a returned object is a new reference.
"""
