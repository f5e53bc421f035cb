"""Declarations of the C library, libm and LLVM intrinsics the runtime uses.

Only functions present in glibc, musl and wasi-libc appear here, so the same runtime
works for the host, for static musl builds and for WebAssembly. `size` stands for the
target's size_t (i32 on wasm32, i64 elsewhere); `int` is i32 on every target we support.
"""

from llvmlite import ir

# name -> (return type, argument types, variadic)
LIBC: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "fwrite": ("size", ("ptr", "size", "size", "ptr"), False),
    "fputs": ("int", ("ptr", "ptr"), False),
    "fputc": ("int", ("int", "ptr"), False),
    "fflush": ("int", ("ptr",), False),
    "snprintf": ("int", ("ptr", "size", "ptr"), True),
    "strtod": ("f64", ("ptr", "ptr"), False),
    "malloc": ("ptr", ("size",), False),
    "free": ("void", ("ptr",), False),
    "exit": ("void", ("int",), False),
    # libm
    **{name: ("f64", ("f64",), False) for name in (
        "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
        "sinh", "cosh", "tanh")},
    "atan2": ("f64", ("f64", "f64"), False),
}

# LLVM intrinsics on doubles: LLVM lowers them to instructions or to libm calls.
INTRINSICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "llvm.sqrt.f64": ("f64", ("f64",)),
    "llvm.fabs.f64": ("f64", ("f64",)),
    "llvm.floor.f64": ("f64", ("f64",)),
    "llvm.trunc.f64": ("f64", ("f64",)),
    "llvm.round.f64": ("f64", ("f64",)),  # C round (llvm.roundeven needs C23's roundeven)
    "llvm.copysign.f64": ("f64", ("f64", "f64")),
    "llvm.pow.f64": ("f64", ("f64", "f64")),
    "llvm.memcpy.p0.p0.i64": ("void", ("ptr", "ptr", "i64", "i1")),
    "llvm.frexp.f64.i32": ("{f64, i32}", ("f64",)),
    "llvm.ldexp.f64.i32": ("f64", ("f64", "i32")),
    "llvm.smul.with.overflow.i64": ("{i64, i1}", ("i64", "i64")),
    "llvm.umul.with.overflow.i64": ("{i64, i1}", ("i64", "i64")),
}


def _type(name: str, size_t: ir.IntType) -> ir.Type:
    if name.startswith("{"):  # a literal struct such as "{i64, i1}"
        return ir.LiteralStructType([_type(part.strip(), size_t) for part in name[1:-1].split(",")])
    return {
        "void": ir.VoidType(), "int": ir.IntType(32), "i1": ir.IntType(1), "i32": ir.IntType(32),
        "i64": ir.IntType(64), "f64": ir.DoubleType(), "ptr": ir.PointerType(),
        "size": size_t,
    }[name]


def declare(module: ir.Module, name: str, size_t: ir.IntType) -> ir.Function:
    """The declaration of C function or intrinsic `name` in `module` (added once)."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    if name in LIBC:
        ret, args, variadic = LIBC[name]
    else:
        (ret, args), variadic = INTRINSICS[name], False
    fnty = ir.FunctionType(_type(ret, size_t), [_type(a, size_t) for a in args],
                           var_arg=variadic)
    return ir.Function(module, fnty, name)


def stream(module: ir.Module, name: str) -> ir.GlobalVariable:
    """The C library's `FILE *stdout` or `FILE *stderr`, an external pointer global."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    gv = ir.GlobalVariable(module, ir.PointerType(), name)
    gv.type = ir.PointerType()  # an opaque `ptr`, as in context.opaque
    return gv
