"""The runtime's C ABI: what compiled code may call, and what it must check afterwards.

Types are written as LLVM types: `i1` for bool, `i32` for an exception kind, `i64` for
int and lengths, `f64` for float, `ptr` for an opaque pointer. No signature depends on
the target's pointer width (lengths are always i64; the runtime converts to size_t).

A function in RAISES reports a Python exception by calling `pyrite_raise` and returning
0 / 0.0; the caller must test the global `pyrite_exc_pending` (i1) after the call and
propagate (add a traceback frame with `pyrite_traceback_add`, return to its caller).
"""

from llvmlite import ir

# Pyrite's documented 64-bit limit (README): what OverflowError says when CPython's int
# result would not fit in an int64. Must agree with pyrite.ir.semantics.
OVERFLOW_MESSAGE = "integer overflow: the result does not fit in 64 bits"
NEGATIVE_EXPONENT_MESSAGE = ("negative exponent: Pyrite computes int ** int as an int; "
                             "write float(base) ** exp for a float result")

# Index = the i32 kind code passed to pyrite_raise and stored in pyrite_exc_kind.
EXCEPTION_KINDS: list[str] = [
    "ZeroDivisionError", "OverflowError", "ValueError", "AssertionError",
    "RecursionError", "NameError", "UnboundLocalError", "IndexError", "KeyError",
    "TypeError", "RuntimeError", "NotImplementedError", "SystemExit", "MemoryError",
]

SIGNATURES: dict[str, tuple[str, tuple[str, ...]]] = {
    # output, through the C library's buffered stdout
    "pyrite_write_str": ("void", ("ptr", "i64")),
    "pyrite_print_i64": ("void", ("i64",)),
    "pyrite_print_f64": ("void", ("f64",)),
    "pyrite_print_bool": ("void", ("i1",)),
    "pyrite_print_none": ("void", ()),
    "pyrite_format_i64": ("i64", ("i64", "ptr")),
    "pyrite_format_f64": ("i64", ("f64", "ptr")),
    "pyrite_flush": ("void", ()),
    # exceptions and exit
    "pyrite_raise": ("void", ("i32", "ptr", "i64")),
    "pyrite_exc_clear": ("void", ()),
    "pyrite_traceback_add": ("void", ("ptr", "ptr", "i64")),
    "pyrite_report_uncaught": ("void", ()),
    "pyrite_exit": ("void", ("i64",)),
    "pyrite_exit_msg": ("void", ("ptr", "i64")),
    # int arithmetic with Python's semantics
    "pyrite_int_floordiv": ("i64", ("i64", "i64")),
    "pyrite_int_mod": ("i64", ("i64", "i64")),
    "pyrite_int_truediv": ("f64", ("i64", "i64")),
    "pyrite_int_pow": ("i64", ("i64", "i64")),
    "pyrite_int_powmod": ("i64", ("i64", "i64", "i64")),
    "pyrite_int_round": ("i64", ("i64", "i64")),
    "pyrite_factorial": ("i64", ("i64",)),
    "pyrite_gcd": ("i64", ("i64", "i64")),
    # float arithmetic with Python's semantics
    "pyrite_float_floordiv": ("f64", ("f64", "f64")),
    "pyrite_float_mod": ("f64", ("f64", "f64")),
    "pyrite_float_pow": ("f64", ("f64", "f64")),
    "pyrite_float_round": ("f64", ("f64", "i64")),
    "pyrite_float_round_to_int": ("i64", ("f64",)),
    "pyrite_float_to_int": ("i64", ("f64",)),
    "pyrite_cmp_int_float": ("i32", ("i64", "f64")),
    # the math module
    **{f"pyrite_math_{name}": ("f64", ("f64",)) for name in (
        "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
        "atan", "sinh", "cosh", "tanh", "fabs")},
    **{f"pyrite_math_{name}": ("f64", ("f64", "f64")) for name in (
        "atan2", "fmod", "hypot", "copysign", "log_base")},
}

RAISES = frozenset({
    "pyrite_int_floordiv", "pyrite_int_mod", "pyrite_int_truediv", "pyrite_int_pow",
    "pyrite_int_powmod", "pyrite_int_round", "pyrite_factorial", "pyrite_gcd",
    "pyrite_float_floordiv", "pyrite_float_mod", "pyrite_float_pow", "pyrite_float_round",
    "pyrite_float_round_to_int", "pyrite_float_to_int",
    *(f"pyrite_math_{name}" for name in (
        "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
        "sinh", "cosh", "fmod", "log_base")),
})

NORETURN = frozenset({"pyrite_report_uncaught", "pyrite_exit", "pyrite_exit_msg"})

# Globals: name -> LLVM type. All are defined by emit_runtime.
GLOBALS: dict[str, str] = {
    "pyrite_exc_pending": "i1",   # an exception is propagating
    "pyrite_exc_kind": "i32",     # index into EXCEPTION_KINDS
    "pyrite_exc_msg": "ptr",      # malloc'd copy of the message, or null
    "pyrite_exc_msg_len": "i64",
    "pyrite_depth": "i64",        # call depth kept by compiled code; 1 = the module frame
}

_TYPES = {
    "void": ir.VoidType(), "i1": ir.IntType(1), "i8": ir.IntType(8),
    "i32": ir.IntType(32), "i64": ir.IntType(64), "f64": ir.DoubleType(),
    "ptr": ir.PointerType(),
}


def llvm_type(name: str) -> ir.Type:
    """The llvmlite type for a type name used in SIGNATURES and GLOBALS."""
    return _TYPES[name]


def function_type(name: str) -> ir.FunctionType:
    """The llvmlite function type of the runtime function `name`."""
    ret, args = SIGNATURES[name]
    return ir.FunctionType(llvm_type(ret), [llvm_type(a) for a in args])
