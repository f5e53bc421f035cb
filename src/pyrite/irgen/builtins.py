"""Python's builtin functions: print abs min max int float bool str repr ascii len round divmod pow.

    print(x, y, sep=", ")    rt @print_i64(%x); rt @print_str(", "); rt @print_f64(%y);
                             rt @print_str("\\n")
    print(xs)                rt @print_value(%xs, %t)     %t = const.tdesc "list[int]"
    repr(s)                  rt @repr(%s, %t)             %t = const.tdesc "str"
    abs(n)                   cbr (lt.i64 %n, 0), ^abs.neg, ^abs.end(%n)   (neg.i64 is checked)
    max(a, b)                cbr (gt %b, %a), ^max.take, ^max.end(%a)    (first maximum wins)
    divmod(a, b)             [floordiv %a, %b; mod %a, %b]  a tuple: a list of two values
"""

from __future__ import annotations

import ast

from ..frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, STR, CallInfo, PyType
from ..ir.ops import Const, Value
from . import callargs, listops, operators, optionals, sequences, strings
from .context import FnContext, IrgenError, ir_type
from .convert import to_float, to_int, to_str, truth

PRINT = {"int": "print_i64", "float": "print_f64", "bool": "print_bool", "str": "print_str"}


def lower(ctx: FnContext, node: ast.Call, info: CallInfo):
    if info.name == "print":
        return _print(ctx, node, info)
    if info.name in ("list", "tuple", "sorted", "sum", "any", "all") or info.name in ("min", "max") and len(info.args) == 1:
        return listops.lower_builtin(ctx, node, info)
    exprs = list(info.args)
    if info.name in ("round", "pow"):  # round(x, None) is round(x); pow(a, b, None) is pow(a, b)
        while exprs and _is_none(exprs[-1]):
            exprs.pop()
    args = callargs.arguments(ctx, node, exprs)
    handler = HANDLERS.get(info.name)
    if handler is None:
        raise IrgenError(f"no lowering for the builtin {info.name}()", node)
    return handler(ctx, node, args)


def _is_none(e: ast.expr) -> bool:
    return isinstance(e, ast.Constant) and e.value is None


def _static(e: ast.expr | None, default: str) -> str:
    if e is None or _is_none(e):
        return default
    if isinstance(e, ast.Constant) and isinstance(e.value, str):
        return e.value
    raise IrgenError("print's sep and end must be str literals", e)


# print(*args, sep=" ", end="\n"): all arguments are evaluated before anything is printed
def _print(ctx: FnContext, node: ast.Call, info: CallInfo):
    args = callargs.arguments(ctx, node, info.args)
    sep, end = _static(info.sep, " "), _static(info.end, "\n")
    for i, (value, t) in enumerate(args):
        if i:
            _print_text(ctx, sep)
        _print_value(ctx, value, t, repr_=False)
    _print_text(ctx, end)
    return None


def _print_text(ctx: FnContext, text: str) -> None:
    if text:
        ctx.b.rt("print_str", [ctx.b.str(text)])


def _print_value(ctx: FnContext, value, t: PyType, repr_: bool) -> None:
    if t == NONE:
        ctx.b.rt("print_none", [])
    elif t.is_optional:
        optionals.print_optional(ctx, value, t, _print_value)
    elif t.is_list or t.is_tuple or t.is_dict or t.is_set or t == RANGE:
        ctx.b.rt("print_value", [value, ctx.tdesc(t)])
    else:
        ctx.b.rt(PRINT[t.name], [value])


# ---- numbers ------------------------------------------------------------


def _abs(ctx: FnContext, node: ast.Call, args):
    [(x, t)] = args
    if t == FLOAT:
        return ctx.b.rt("math_fabs", [x])
    x = to_int(ctx, x, t)
    if t == BOOL:
        return x
    neg, end = ctx.block("abs.neg"), ctx.block("abs.end", [ir_type(INT)])
    ctx.branch(ctx.b.compare("lt", x, ctx.b.i64(0)), neg, end, [], [x])
    ctx.enter(neg)
    ctx.jump(end, [ctx.b.unary("neg", x)])  # checked: abs(-2**63) overflows
    ctx.enter(end)
    return end.params[0]


def _extreme(pred: str):
    """min/max: keep the first item no other item is strictly below/above (as CPython)."""

    def lower(ctx: FnContext, node: ast.Call, args):
        name = "max" if pred == "gt" else "min"
        types = {t for _, t in args}
        if len(args) < 2 or len(types) != 1:
            raise IrgenError(f"{name}() needs 2 or more arguments of one type, got "
                             f"{', '.join(str(t) for _, t in args)}", node)
        (current, t), *rest = args
        for item, _ in rest:
            take, end = ctx.block(f"{name}.take"), ctx.block(f"{name}.end", [ir_type(t)])
            better = operators.compare(ctx, pred, item, t, current, t)  # ordered: nan never wins
            ctx.branch(better, take, end, [], [current])
            ctx.enter(take)
            ctx.jump(end, [item])
            ctx.enter(end)
            current = end.params[0]
        return current

    return lower


def _int(ctx: FnContext, node: ast.Call, args):
    if not args:
        return ctx.b.i64(0)
    (x, t), *base = args
    if t == FLOAT:
        return ctx.b.convert("ftoi", x)  # truncates; raises on nan and inf
    if t == STR and (base or not isinstance(x.op, Const)):
        return strings.parse_int(ctx, x, base[0] if base else None)
    if t == STR:
        return _parse_literal(ctx, x, int, INT)
    return to_int(ctx, x, t)


def _float(ctx: FnContext, node: ast.Call, args):
    if not args:
        return ctx.b.f64(0.0)
    [(x, t)] = args
    if t == STR and not isinstance(x.op, Const):
        return strings.parse_float(ctx, x)
    if t == STR:
        return _parse_literal(ctx, x, float, FLOAT)
    return to_float(ctx, x, t)


def _parse_literal(ctx: FnContext, text: Value, convert, t: PyType) -> Value:
    """int("12"), float("nan"): parsed now, since only str literals exist."""
    from .names import constant

    if not isinstance(text.op, Const):
        raise IrgenError(f"{t}() of a computed str")
    try:
        return constant(ctx, convert(text.op.value))
    except ValueError as exc:
        ctx.b.raise_("ValueError", ctx.b.str(str(exc)))
        ctx.continue_dead()
        return constant(ctx, convert(0))


def _bool(ctx: FnContext, node: ast.Call, args):
    if not args:
        return ctx.b.i1(False)
    [(x, t)] = args
    return truth(ctx, x, t)


def _str(ctx: FnContext, node: ast.Call, args):
    if not args:
        return ctx.b.str("")
    [(x, t)] = args
    return to_str(ctx, x, t)


def _repr(ctx: FnContext, node: ast.Call, args):
    [(x, t)] = args
    if t == STR or t.is_list or t.is_tuple or t.is_dict or t.is_set:
        return ctx.b.rt("repr", [x, ctx.tdesc(t)])
    return to_str(ctx, x, t)  # repr of a number or a bool is its str


def _ascii(ctx: FnContext, node: ast.Call, args):
    """ascii(x): repr(x) with every non-ASCII code point escaped (\\xe9, \\u20ac, \\U0001f600)."""
    [(x, t)] = args
    if t == STR or t.is_list or t.is_tuple or t.is_dict or t.is_set:
        return ctx.b.rt("ascii", [x, ctx.tdesc(t)])
    return to_str(ctx, x, t)  # a number's, a bool's or a range's repr is ASCII


def _len(ctx: FnContext, node: ast.Call, args):
    [(x, t)] = args
    return sequences.length(ctx, x, t)


def _round(ctx: FnContext, node: ast.Call, args):
    (x, t), *ndigits = args
    b = ctx.b
    if not ndigits:
        return b.rt("float_round_int", [x]) if t == FLOAT else to_int(ctx, x, t)
    n = to_int(ctx, *ndigits[0])
    if t == FLOAT:
        return b.rt("float_round", [x, n])
    return b.rt("int_round", [to_int(ctx, x, t), n])


def _divmod(ctx: FnContext, node: ast.Call, args):
    [(a, ta), (b, tb)] = args
    bld = ctx.b
    if FLOAT not in (ta, tb):
        a, b = to_int(ctx, a, ta), to_int(ctx, b, tb)
        return [bld.binary("floordiv", a, b), bld.binary("mod", a, b)]
    a, b = to_float(ctx, a, ta), to_float(ctx, b, tb)
    ctx.check(bld.compare("ne", b, bld.f64(0.0)), "ZeroDivisionError", "float divmod()", "divmod")
    return [bld.binary("floordiv", a, b), bld.binary("mod", a, b)]


def _pow(ctx: FnContext, node: ast.Call, args):
    if len(args) == 3:
        return ctx.b.rt("int_powmod", [to_int(ctx, v, t) for v, t in args])
    [(a, ta), (b, tb)] = args
    return operators.binary(ctx, ast.Pow(), a, ta, b, tb, ctx.type_of(node))


HANDLERS = {
    "abs": _abs, "min": _extreme("lt"), "max": _extreme("gt"), "int": _int, "float": _float,
    "bool": _bool, "str": _str, "repr": _repr, "ascii": _ascii, "len": _len, "round": _round, "divmod": _divmod, "pow": _pow,
    "ord": strings.ord_, "chr": strings.chr_,
}
