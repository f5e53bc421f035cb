"""`pyrite emit --stage ast`: the typed AST as an indented tree.

    FunctionDef fib(n: int) -> int  @1:0
      If  @2:4
        Compare(Lt) : bool  @2:7
          Name n [local] : int  @2:7
          Constant 2 : int  @2:11
"""

from __future__ import annotations

import ast

from .typed import TypedModule


def dump_typed_ast(tm: TypedModule) -> str:
    lines: list[str] = []
    for stmt in tm.tree.body:
        _dump(stmt, tm, 0, lines)
    return "\n".join(lines) + "\n"


def _dump(node: ast.AST, tm: TypedModule, depth: int, lines: list[str]) -> None:
    text = "  " * depth + _label(node, tm)
    if node in tm.types:
        text += f" : {tm.types[node]}"
    if hasattr(node, "lineno"):
        text += f"  @{node.lineno}:{node.col_offset}"
    lines.append(text)
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.arguments)):
            _dump(child, tm, depth + 1, lines)


def _label(node: ast.AST, tm: TypedModule) -> str:
    kind = type(node).__name__
    match node:
        case ast.FunctionDef(name=name):
            info = tm.functions.get(name)
            if info is None:
                return f"{kind} {name}"
            params = ", ".join(f"{p}: {t}" for p, t in info.params)
            return f"{kind} {name}({params}) -> {info.ret}"
        case ast.Name(id=name):
            binding = tm.names.get(node)
            where = f" [{type(binding).__name__.lower()}]" if binding is not None else ""
            return f"{kind} {name}{where}"
        case ast.Constant(value=value):
            return f"{kind} {value!r}"
        case ast.BinOp(op=op) | ast.UnaryOp(op=op) | ast.BoolOp(op=op) | ast.AugAssign(op=op):
            return f"{kind}({type(op).__name__})"
        case ast.Compare(ops=ops):
            return f"{kind}({', '.join(type(o).__name__ for o in ops)})"
        case ast.Call():
            info = tm.calls.get(node)
            return f"{kind} {info.kind}:{info.name}" if info else kind
        case ast.Attribute(attr=attr):
            return f"{kind} .{attr}"
    return kind
