"""The `math` module: float functions become runtime calls, int ones stay exact.

    math.sqrt(n)       rt @math_sqrt(itof %n)       (int and bool arguments become floats)
    math.log(x, b)     rt @math_log_base(%x, %b)
    math.floor(x)      rt @math_floor(%x) for a float, the int itself for an int
    math.trunc(x)      ftoi %x
    math.gcd(a, b, c)  rt @gcd(rt @gcd(%a, %b), %c)
    math.pi            const.f64 3.141592653589793  (a Constant binding, see names.py)
"""

from __future__ import annotations

import ast

from ..frontend.typed import FLOAT, CallInfo
from ..ir.rtfuncs import MATH_BINARY, MATH_UNARY
from . import callargs
from .context import FnContext, IrgenError
from .convert import to_float, to_int

PREDICATES = {"isnan", "isinf", "isfinite"}


def lower(ctx: FnContext, node: ast.Call, info: CallInfo):
    name = info.name
    exprs = list(info.args)
    while exprs and isinstance(exprs[-1], ast.Constant) and exprs[-1].value is None:
        exprs.pop()  # math.log(x, None) is not valid Python, but a filled-in default might be
    args = callargs.arguments(ctx, node, exprs)
    b = ctx.b
    if name in ("floor", "ceil", "trunc"):
        [(x, t)] = args
        if t != FLOAT:
            return to_int(ctx, x, t)
        return b.convert("ftoi", x) if name == "trunc" else b.rt(f"math_{name}", [x])
    if name == "gcd":
        return _gcd(ctx, args)
    if name == "factorial":
        return b.rt("factorial", [to_int(ctx, *args[0])])
    floats = [to_float(ctx, v, t) for v, t in args]
    if name == "log" and len(floats) == 2:
        return b.rt("math_log_base", floats)
    if (name in MATH_UNARY or name in PREDICATES) and len(floats) == 1:
        return b.rt(name if name in PREDICATES else f"math_{name}", floats)
    if name in MATH_BINARY and len(floats) == 2:
        return b.rt(f"math_{name}", floats)
    raise IrgenError(f"no lowering for math.{name} with {len(args)} argument(s)", node)


def _gcd(ctx: FnContext, args):
    b = ctx.b
    values = [to_int(ctx, v, t) for v, t in args]
    if not values:
        return b.i64(0)
    result = b.rt("gcd", [values[0], b.i64(0)]) if len(values) == 1 else values[0]
    for v in values[1:]:
        result = b.rt("gcd", [result, v])
    return result
