"""str methods, `in`, slicing, ord/chr, int(s)/float(s) and formatting, as `rt` calls.

    s.split()              rt @str_split_ws(%s, -1)          (sep None: split on whitespace)
    s.split(",", 1)        rt @str_split(%s, ",", 1)
    s.find(t)              rt @str_find(%s, %t, 0, 9223372036854775807)
    "ab" in s              rt @str_contains(%s, "ab")
    s[a::-1]               rt @str_slice(%s, %a, 0, -1, 5)    (5: start and step given)
    s * n                  rt @str_repeat(%s, %n)
    f"{x:>8.3f}|{n}"       rt @format_float(%x, ">8.3f"), rt @str_i64(%n), str_concat of the parts
    "{} {}".format(a, b)   %t = rt @tuple_new(...); rt @tuple_init(...); rt @str_format_pos(%fmt, %t)
    "{n}".format(n=a)      rt @str_format_kw(%fmt, %args, %names, %values)   (three tuples)
    "%d %s" % (a, b)       %t = rt @tuple_new(...); ...; rt @str_mod(%fmt, %t, tuple[int, str])

The frontend has placed every method argument, defaults included (frontend/strings.py).
"""

from __future__ import annotations

import ast

from ..frontend.typed import NONE, STR, CallInfo, PyType
from ..ir.ops import Value
from ..ir.rtfuncs import RUNTIME
from ..ir.types import I64, TDESC
from ..runtime.capi.str import SLICE_START, SLICE_STEP, SLICE_STOP
from . import callargs, expr
from .context import FnContext, IrgenError
from .convert import to_int, to_str

SEARCHES = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}
OPTIONAL_STR = {"split", "rsplit", "strip", "lstrip", "rstrip"}  # None: the `_ws` op


def lower_method(ctx: FnContext, node: ast.Call, info: CallInfo) -> Value:
    """s.name(args): the receiver first, then the written arguments in source order."""
    name = info.name.removeprefix("str.")
    receiver = expr.lower(ctx, info.args[0])
    if name == "format":
        return _format_call(ctx, node, receiver, info.args[1:])
    if name == "join":
        from .listops import materialize  # circular: listops lowers through expr

        items, _ = materialize(ctx, info.args[1])  # a list as it is, else a new list of the items
        with ctx.at(node):
            return ctx.b.rt("str_join", [receiver, items])
    values = callargs.arguments(ctx, node, info.args[1:])
    op = f"str_{name}"
    if name in OPTIONAL_STR and values[0][1] == NONE:
        op, values = f"str_{name}_ws", values[1:]
    params = RUNTIME[op].params[1:]
    args = [to_int(ctx, v, t) if p == I64 else v for (v, t), p in zip(values, params)]
    with ctx.at(node):
        return ctx.b.rt(op, [receiver, *args])


def _format_call(ctx: FnContext, node: ast.Call, fmt: Value, exprs: list[ast.expr]) -> Value:
    """fmt.format(...): the positional values, then the keyword values, as tuples."""
    values = callargs.arguments(ctx, node, exprs)
    keywords = callargs.arguments(ctx, node, [k.value for k in node.keywords])
    with ctx.at(node):
        args = build_tuple(ctx, values)
        if not keywords:
            return ctx.b.rt("str_format_pos", [fmt, args])
        names = build_tuple(ctx, [(ctx.b.str(k.arg), STR) for k in node.keywords])
        return ctx.b.rt("str_format_kw", [fmt, args, names, build_tuple(ctx, keywords)])


def build_tuple(ctx: FnContext, values: list[tuple[object, PyType]]) -> Value:
    """A runtime tuple of the values (their types make its descriptor)."""
    b = ctx.b
    t = PyType("tuple", tuple(t for _, t in values))
    desc = ctx.tdesc(t) if values else b.const("tuple", TDESC)  # the descriptor of ()
    tup = b.rt("tuple_new", [desc, b.i64(len(values))])
    for i, (v, _) in enumerate(values):
        b.rt("tuple_init", [tup, b.i64(i), v])
    return tup


# ---- in, *, slicing ------------------------------------------------------------------


def contains(ctx: FnContext, needle: Value, haystack: Value, negated: bool) -> Value:
    found = ctx.b.rt("str_contains", [haystack, needle])
    return ctx.b.unary("not", found) if negated else found


def slice_(ctx: FnContext, node: ast.Subscript) -> Value:
    """s[a:b:c]: s, then a, b and c as written; an omitted part is None to the runtime."""
    b = ctx.b
    s = expr.lower(ctx, node.value)
    given, parts = 0, []
    for flag, part in ((SLICE_START, node.slice.lower), (SLICE_STOP, node.slice.upper),
                       (SLICE_STEP, node.slice.step)):
        if part is None:
            parts.append(b.i64(0))
        else:
            given |= flag
            parts.append(to_int(ctx, expr.lower(ctx, part), ctx.type_of(part)))
    with ctx.at(node):
        return b.rt("str_slice", [s, *parts, b.i64(given)])


# ---- ord, chr, int(s), float(s) -------------------------------------------------------


def ord_(ctx: FnContext, node: ast.Call, args):
    [(s, _)] = args
    return ctx.b.rt("str_ord", [s])


def chr_(ctx: FnContext, node: ast.Call, args):
    [(n, t)] = args
    return ctx.b.rt("str_chr", [to_int(ctx, n, t)])


def parse_int(ctx: FnContext, s: Value, base: tuple | None) -> Value:
    b = ctx.b
    return b.rt("str_to_int", [s, to_int(ctx, *base) if base is not None else b.i64(10)])


def parse_float(ctx: FnContext, s: Value) -> Value:
    return ctx.b.rt("str_to_float", [s])


# ---- f-strings and % ------------------------------------------------------------------


FORMAT_OPS = {"int": "format_int", "float": "format_float", "bool": "format_bool", "str": "format_str"}


def fstring(ctx: FnContext, node: ast.JoinedStr) -> Value:
    """The parts left to right, each field converted then formatted, joined by str_concat."""
    b = ctx.b
    result = None
    for part in node.values:
        if isinstance(part, ast.FormattedValue):
            text = _field(ctx, part)
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
            text = b.str(part.value)
        else:
            raise IrgenError("unexpected part of an f-string", part)
        with ctx.at(node):
            result = text if result is None else b.rt("str_concat", [result, text])
    return result if result is not None else b.str("")


def _field(ctx: FnContext, field: ast.FormattedValue) -> Value:
    b = ctx.b
    value, t = expr.lower(ctx, field.value), ctx.type_of(field.value)
    with ctx.at(field):
        if field.conversion == ord("r"):
            value, t = (b.rt("repr", [value, ctx.tdesc(t)]) if t == STR or t.is_list else to_str(ctx, value, t)), STR
        elif field.conversion == ord("s"):
            value, t = to_str(ctx, value, t), STR
        elif field.conversion == ord("a"):
            value, t = b.rt("ascii", [value, ctx.tdesc(t)]), STR
    if field.format_spec is None:
        with ctx.at(field):
            return to_str(ctx, value, t)
    spec = fstring(ctx, field.format_spec)
    with ctx.at(field):
        op = FORMAT_OPS.get(t.name)
        if op is None:
            return b.rt("format_value", [value, ctx.tdesc(t), spec])
        return b.rt(op, [value, spec])


def percent(ctx: FnContext, node: ast.BinOp) -> Value:
    """fmt % value, fmt % (a, b): the format, then the values, left to right."""
    b = ctx.b
    fmt = expr.lower(ctx, node.left)
    right = node.right
    if isinstance(right, ast.Tuple):
        values = [(expr.lower(ctx, item), ctx.type_of(item)) for item in right.elts]
        with ctx.at(node):
            tup = build_tuple(ctx, values)
            return b.rt("str_mod", [fmt, tup, ctx.tdesc(PyType("tuple", tuple(t for _, t in values)))])
    value, t = expr.lower(ctx, right), ctx.type_of(right)
    with ctx.at(node):
        return b.rt("str_mod", [fmt, value, ctx.tdesc(t)])

