"""A dict's read-modify-write with one probe of its table (ADR 0014).

The counting idioms look a key up twice when lowered as a read and a store:

    d[k] += v                   %ix = rt @dict_find_item(%d, %k)     (KeyError: k absent)
                                %x = rt @dict_value_at(%d, %ix) : i64
                                %r = ... %x op %v ...
                                rt @dict_store_at(%d, %ix, %k, %r)
    d[k] = d.get(k, x) op v     %ix = rt @dict_find(%d, %k)          (-1: k absent)
                                %x = rt @dict_value_or(%d, %ix, %dflt) : i64
                                ... ; rt @dict_store_at(%d, %ix, %k, %r)

dict_store_at trusts %ix, so it is used only when nothing between the find and the
store can touch the dict: the dict's values are ints, floats or strs, and the
computed value is made of constants and names of those types (and bool) with
arithmetic operators -- no call, subscript, attribute, comprehension or branch, so
no user code runs and every operand is evaluated in CPython's order. An exception
raised there (OverflowError, ZeroDivisionError) skips the store: the dict is left as
it was. For the `d.get` form, the target's dict and key must be written as in the
call (the dict a name, the key a name, a constant or a tuple of them): CPython
evaluates them again after the right-hand side, which cannot have changed them.
Every other shape is lowered as before, a lookup and a setitem.
"""

from __future__ import annotations

import ast

from ..frontend.typed import PyType
from .context import FnContext

SCALARS = ("int", "float", "bool", "str")
VALUE_TYPES = ("int", "float", "str")
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
              ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor)


def plain(ctx: FnContext, node: ast.expr, hole: ast.expr | None = None) -> bool:
    """node computes a scalar from constants and names with arithmetic only (`hole`,
    if given, is the one sub-expression taken as plain whatever it is)."""
    if node is hole:
        return True
    if ctx.tm.types.get(node, PyType("?")).name not in SCALARS:
        return False
    match node:
        case ast.Constant() | ast.Name():
            return True
        case ast.UnaryOp(op=ast.USub() | ast.UAdd() | ast.Invert(), operand=operand):
            return plain(ctx, operand, hole)
        case ast.BinOp(left=left, op=op, right=right):
            return isinstance(op, ARITHMETIC) and plain(ctx, left, hole) and plain(ctx, right, hole)
    return False


def fusable_update(ctx: FnContext, s: ast.AugAssign, dict_t: PyType) -> bool:
    """`d[k] op= v` may find k once and store at what it found."""
    return dict_t.items[1].name in VALUE_TYPES and plain(ctx, s.value)


# ---- d[k] = d.get(k, x) op v ----------------------------------------------------------------


def fused_get(ctx: FnContext, target: ast.Subscript, value: ast.expr) -> ast.Call | None:
    """The `d.get(k, x)` call of `d[k] = <value>` that may find k for the store too, if any."""
    dict_t = ctx.tm.types.get(target.value)
    if not (dict_t and dict_t.is_dict and dict_t.items[1].name in VALUE_TYPES):
        return None
    if not (isinstance(target.value, ast.Name) and _plain_key(target.slice)):
        return None
    if ctx.tm.types.get(value) != dict_t.items[1] or ctx.type_of(target.slice) != dict_t.items[0]:
        return None
    calls = [n for n in ast.walk(value) if isinstance(n, ast.Call)]
    if len(calls) != 1 or not _is_get_of(ctx, calls[0], target):
        return None
    call = calls[0]
    return call if plain(ctx, value, hole=call) and plain(ctx, call.args[1]) else None


def _plain_key(key: ast.expr) -> bool:
    if isinstance(key, ast.Tuple):
        return all(_plain_key(e) for e in key.elts)
    return isinstance(key, (ast.Name, ast.Constant))


def _is_get_of(ctx: FnContext, call: ast.Call, target: ast.Subscript) -> bool:
    """call is `d.get(k, x)` with d and k written as in target `d[k]`."""
    info = ctx.tm.calls.get(call)
    if info is None or info.kind != "method" or info.name != "dict.get":
        return False
    if len(call.args) != 2 or call.keywords or not isinstance(call.func, ast.Attribute):
        return False
    receiver = call.func.value
    return (isinstance(receiver, ast.Name) and receiver.id == target.value.id
            and ast.dump(call.args[0]) == ast.dump(target.slice))


def store_updated(ctx: FnContext, target: ast.Subscript, value: ast.expr) -> bool:
    """`d[k] = d.get(k, x) op v` lowered with one probe; False (nothing lowered) when its
    shape does not allow it."""
    from . import expr  # circular: expr lowers calls through mappings

    call = fused_get(ctx, target, value)
    if call is None:
        return False
    ctx.fused_gets[call] = None
    try:
        result = expr.lower(ctx, value)
        found = ctx.fused_gets[call]
    finally:
        del ctx.fused_gets[call]
    if found is None:  # the call was lowered some other way: store as an Assign does
        from . import sequences  # circular, as expr

        sequences.store_item(ctx, target, result)
        return True
    d, key, ix = found
    with ctx.at(target):
        ctx.b.rt("dict_store_at", [d, ix, key, result])
    return True


def lower_fused_get(ctx: FnContext, node: ast.Call, d, t: PyType, args: list):
    """The find and the read of a fused `d.get(k, x)`; the store comes later (store_updated)."""
    from .context import ir_type

    b = ctx.b
    ix = b.rt("dict_find", [d, args[0]])
    ctx.fused_gets[node] = (d, args[0], ix)
    return b.rt("dict_value_or", [d, ix, args[1]], type=ir_type(t.items[1]))
