"""The text form of Pyrite IR; `ir/parser.py` reads it back.

    module "collatz.py"
    global @limit: i64

    func @steps(%n: i64) -> i64 {
    ^entry:
      %one = const.i64 1  loc(4:8)
      %c = eq.i64 %n, %one  loc(4:7)
      cbr %c, ^done, ^more
      ...
    }

Value names come from the Python variables they hold where known; the
printer makes them unique within a function (`%x`, `%x.1`, ...).
"""

from __future__ import annotations

import json

from .ops import (
    Binary, Block, Br, Call, CondBr, Const, Convert, Compare, DecRef, Function, GlobalRef, IncRef,
    Load, Module, Op, Raise, Ret, RtCall, Slot, Store, Unary, Unreachable, Value,
)


def print_module(module: Module, locs: bool = True) -> str:
    parts = [f"module {json.dumps(module.filename)}{' refcounted' if module.refcounted else ''}\n"]
    if module.globals:
        parts.append("".join(f"global @{name}: {ty}\n" for name, ty in module.globals.items()))
    for fn in module.functions.values():
        parts.append(print_function(fn, locs))
    return "\n".join(parts)


def print_function(fn: Function, locs: bool = True) -> str:
    names = _Namer(fn)
    params = ", ".join(f"{names[p]}: {p.type}" for p in fn.params)
    lines = [f"func @{fn.name}({params}) -> {fn.ret} {{"]
    for block in fn.blocks:
        lines.append(_block_header(block, names))
        for op in block.ops:
            text = "  " + format_op(op, names)
            if locs and op.loc is not None:
                text += f"  loc({op.loc})"
            lines.append(text)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _block_header(block: Block, names: "_Namer") -> str:
    if not block.params:
        return f"^{block.name}:"
    params = ", ".join(f"{names[p]}: {p.type}" for p in block.params)
    return f"^{block.name}({params}):"


def format_op(op: Op, names: "_Namer | None" = None) -> str:
    names = names or _Namer(None)
    body = _op_body(op, names)
    return f"{names[op.result]} = {body}" if op.result is not None else body


def _op_body(op: Op, names: "_Namer") -> str:
    a = [names[v] for v in op.args]
    match op:
        case Const(value=value, type=ty):
            return f"const.{ty} {format_const(value)}"
        case Binary(op=name, type=ty) | Compare(pred=name, type=ty):
            return f"{name}.{ty} {', '.join(a)}"
        case Unary(op=name, type=ty):
            return f"{name}.{ty} {a[0]}"
        case Convert(op=name):
            return f"{name} {a[0]}"
        case Slot(type=ty):
            return f"slot.{ty}"
        case GlobalRef(name=name):
            return f"globalref @{name}"
        case Load():
            return f"load {a[0]}"
        case Store():
            return f"store {a[0]}, {a[1]}"
        case Call(callee=callee):
            return f"call @{callee}({', '.join(a)})"
        case RtCall(callee=callee, type=ty):
            return f"rt @{callee}({', '.join(a)})" + (f" : {ty}" if ty is not None else "")
        case IncRef():
            return f"incref {a[0]}"
        case DecRef():
            return f"decref {a[0]}"
        case Br(target=target):
            return f"br {_target(target, a)}"
        case CondBr(then=then, else_=else_, n_then=n):
            return f"cbr {a[0]}, {_target(then, a[1:1 + n])}, {_target(else_, a[1 + n:])}"
        case Ret():
            return "ret " + a[0] if a else "ret"
        case Raise(kind=kind):
            return f"raise {kind} {a[0]}" if a else f"raise {kind}"
        case Unreachable():
            return "unreachable"
    raise AssertionError(f"no text form for {type(op).__name__}")


def _target(block: Block, args: list[str]) -> str:
    return f"^{block.name}({', '.join(args)})" if args else f"^{block.name}"


def format_const(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


class _Namer:
    """Unique printable names for a function's values, in definition order."""

    def __init__(self, fn: Function | None):
        self.names: dict[int, str] = {}
        self.taken: set[str] = set()
        if fn is None:
            return
        for value in fn.params:
            self._name(value)
        for block in fn.blocks:
            for value in block.params:
                self._name(value)
            for op in block.ops:
                if op.result is not None:
                    self._name(op.result)

    def _name(self, value: Value) -> str:
        base = value.name if value.name and _is_plain(value.name) else str(value.id)
        name, i = base, 1
        while name in self.taken:
            name, i = f"{base}.{i}", i + 1
        self.taken.add(name)
        self.names[id(value)] = name
        return name

    def __getitem__(self, value: Value) -> str:
        name = self.names.get(id(value))
        return "%" + (name if name is not None else self._name(value))


def _is_plain(name: str) -> bool:
    return all(c.isalnum() or c in "_." for c in name)
