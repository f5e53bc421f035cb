"""The math module's float functions: libm results with CPython's error rules.

CPython (Modules/mathmodule.c, math_1) calls the C function and then decides:
a NaN result from a non-NaN argument is ValueError("math domain error"); an infinite
result from a finite argument is OverflowError("math range error") for functions that
can overflow (exp, sinh, cosh) and ValueError("math domain error") for the others (a
pole, such as log(0.0)). fmod, atan2, copysign and hypot have their own rules, and
hypot is CPython's own correctly rounded algorithm rather than libm's.
"""

from llvmlite import ir

from pyrite.runtime import correctmath
from pyrite.runtime.context import RuntimeContext, f64, i32
from pyrite.runtime.floatarith import is_finite, is_inf, is_nan

# name -> (C function or intrinsic, what an infinite result from a finite argument is:
# "overflow", "pole", or None for functions that can never raise -- their results are
# bounded, or NaN / infinite only for NaN / infinite arguments)
ONE_ARGUMENT: dict[str, tuple[str, str | None]] = {
    "sqrt": ("llvm.sqrt.f64", "pole"),
    "exp": ("exp", "overflow"),
    "log": ("log", "pole"),
    "log2": ("log2", "pole"),
    "log10": ("log10", "pole"),
    "sin": ("sin", "pole"),
    "cos": ("cos", "pole"),
    "tan": ("tan", "pole"),
    "asin": ("asin", "pole"),
    "acos": ("acos", "pole"),
    "atan": ("atan", None),
    "sinh": ("sinh", "overflow"),
    "cosh": ("cosh", "overflow"),
    "tanh": ("tanh", None),
    "fabs": ("llvm.fabs.f64", None),
}

T27 = 134217729.0  # 2**27 + 1, the Veltkamp-Dekker splitter


def emit(ctx: RuntimeContext) -> None:
    for name, (c_function, infinite_result) in ONE_ARGUMENT.items():
        emit_math_1(ctx, name, c_function, infinite_result)
    emit_atan2(ctx)
    emit_copysign(ctx)
    emit_fmod(ctx)
    emit_hypot(ctx)
    emit_log_base(ctx)


def emit_math_1(ctx: RuntimeContext, name: str, c_function: str,
                infinite_result: str | None) -> None:
    """pyrite_math_NAME(x) -> math.NAME(x), with CPython's math_1 error rules."""
    fn, b = ctx.define(f"pyrite_math_{name}")
    x = fn.args[0]
    if ctx.libm == "pyrite" and name in correctmath.FUNCTIONS:
        result = b.call(ctx.helper(f"pyrite_cr_{name}"), [x])
    else:
        result = ctx.call(b, c_function, x)
    if infinite_result is not None:
        ctx.fail_if(b, b.and_(is_nan(b, result), b.not_(is_nan(b, x))),
                    "ValueError", "math domain error", f64(0.0))
        kind, message = {"overflow": ("OverflowError", "math range error"),
                         "pole": ("ValueError", "math domain error")}[infinite_result]
        infinite = b.and_(is_inf(ctx, b, result), is_finite(ctx, b, x))
        ctx.fail_if(b, infinite, kind, message, f64(0.0))
    b.ret(result)


def emit_atan2(ctx: RuntimeContext) -> None:
    """pyrite_math_atan2(y, x) -> math.atan2(y, x); never raises (C99 Annex F specials)."""
    fn, b = ctx.define("pyrite_math_atan2")
    b.ret(ctx.call(b, "atan2", *fn.args))


def emit_copysign(ctx: RuntimeContext) -> None:
    """pyrite_math_copysign(x, y) -> math.copysign(x, y); never raises."""
    fn, b = ctx.define("pyrite_math_copysign")
    b.ret(ctx.call(b, "llvm.copysign.f64", *fn.args))


def emit_fmod(ctx: RuntimeContext) -> None:
    """pyrite_math_fmod(x, y) -> math.fmod(x, y): the sign of x (unlike %).

    fmod(finite, +-inf) is x; a NaN from non-NaN arguments (y == 0, x infinite) is
    ValueError("math domain error")."""
    fn, b = ctx.define("pyrite_math_fmod")
    x, y = fn.args
    with b.if_then(b.and_(is_inf(ctx, b, y), is_finite(ctx, b, x))):
        b.ret(x)
    result = b.frem(x, y)
    invalid = b.and_(is_nan(b, result), b.not_(b.or_(is_nan(b, x), is_nan(b, y))))
    ctx.fail_if(b, invalid, "ValueError", "math domain error", f64(0.0))
    b.ret(result)


def _split(b: ir.IRBuilder, x: ir.Value) -> tuple[ir.Value, ir.Value]:
    """Veltkamp-Dekker: x = hi + lo exactly, each with at most 26 significant bits."""
    t = b.fmul(x, f64(T27))
    hi = b.fsub(t, b.fsub(t, x))
    return hi, b.fsub(x, hi)


class _Sum:
    """CPython's compensated sum: csum starts at 1.0 and outweighs every addend."""

    def __init__(self, b: ir.IRBuilder):
        self.b = b
        self.csum = f64(1.0)
        self.frac = [f64(0.0), f64(0.0), f64(0.0)]

    def add(self, x: ir.Value, which: int) -> None:
        b, old = self.b, self.csum
        self.csum = b.fadd(old, x)
        self.frac[which] = b.fadd(self.frac[which], b.fadd(b.fsub(old, self.csum), x))

    def add_plain(self, x: ir.Value, which: int) -> None:
        self.frac[which] = self.b.fadd(self.frac[which], x)

    def total_minus_one(self) -> ir.Value:
        b = self.b
        fracs = b.fadd(b.fadd(self.frac[0], self.frac[1]), self.frac[2])
        return b.fadd(b.fsub(self.csum, f64(1.0)), fracs)


def _hypot_scaled(ctx: RuntimeContext, b: ir.IRBuilder, values: list[ir.Value],
                  max_e: ir.Value) -> ir.Value:
    """CPython 3.11 vector_norm for max >= 2**-1024: scale by 2**-max_e, exact squares
    with compensated sums, square root, then one differential correction step."""
    scale = ctx.call(b, "llvm.ldexp.f64.i32", f64(1.0), b.sub(i32(0), max_e))
    total = _Sum(b)
    for value in values:
        hi, lo = _split(b, b.fmul(value, scale))
        total.add(b.fmul(hi, hi), 0)
        total.add(b.fmul(b.fmul(f64(2.0), hi), lo), 1)
        total.add_plain(b.fmul(lo, lo), 2)
    h = ctx.call(b, "llvm.sqrt.f64", total.total_minus_one())
    hi, lo = _split(b, h)
    total.add(b.fmul(b.fneg(hi), hi), 0)
    total.add(b.fmul(b.fmul(f64(-2.0), hi), lo), 1)
    total.add(b.fmul(b.fneg(lo), lo), 2)
    correction = b.fdiv(total.total_minus_one(), b.fmul(f64(2.0), h))
    return b.fdiv(b.fadd(h, correction), scale)


def _hypot_tiny(ctx: RuntimeContext, b: ir.IRBuilder, values: list[ir.Value],
                largest: ir.Value) -> ir.Value:
    """CPython 3.11 vector_norm below 2**-1024: divide by the largest instead of scaling."""
    total = _Sum(b)
    for value in values:
        ratio = b.fdiv(value, largest)
        total.add(b.fmul(ratio, ratio), 0)
    return b.fmul(largest, ctx.call(b, "llvm.sqrt.f64", total.total_minus_one()))


def emit_hypot(ctx: RuntimeContext) -> None:
    """pyrite_math_hypot(x, y) -> math.hypot(x, y), as CPython 3.11 computes it.

    Any infinity gives inf (even with a NaN), else any NaN gives nan; never raises
    (an overflowing result is inf)."""
    fn, b = ctx.define("pyrite_math_hypot")
    values = [ctx.call(b, "llvm.fabs.f64", arg) for arg in fn.args]
    largest = f64(0.0)
    for value in values:  # NaN never becomes the largest, as in CPython
        largest = b.select(b.fcmp_ordered(">", value, largest), value, largest)
    with b.if_then(is_inf(ctx, b, largest)):
        b.ret(largest)
    with b.if_then(b.or_(is_nan(b, values[0]), is_nan(b, values[1]))):
        b.ret(f64(float("nan")))
    with b.if_then(b.fcmp_ordered("==", largest, f64(0.0))):
        b.ret(largest)
    max_e = b.extract_value(ctx.call(b, "llvm.frexp.f64.i32", largest), 1)
    with b.if_then(b.icmp_signed(">=", max_e, i32(-1023))):
        b.ret(_hypot_scaled(ctx, b, values, max_e))
    b.ret(_hypot_tiny(ctx, b, values, largest))


def emit_log_base(ctx: RuntimeContext) -> None:
    """pyrite_math_log_base(x, base) -> math.log(x, base) = log(x) / log(base).

    Each log raises as math.log does; log(base) == 0 (base 1.0) is ZeroDivisionError
    "float division by zero", even when log(x) is nan."""
    fn, b = ctx.define("pyrite_math_log_base")
    x, base = fn.args
    log = ctx.function("pyrite_math_log")
    numerator = b.call(log, [x])
    with b.if_then(ctx.pending(b)):
        b.ret(f64(0.0))
    denominator = b.call(log, [base])
    with b.if_then(ctx.pending(b)):
        b.ret(f64(0.0))
    ctx.fail_if(b, b.fcmp_ordered("==", denominator, f64(0.0)), "ZeroDivisionError",
                "float division by zero", f64(0.0))
    b.ret(b.fdiv(numerator, denominator))
