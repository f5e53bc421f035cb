"""Reads the text form of Pyrite IR (see `ir/printer.py`) back into a Module.

Values may be used before the line that defines them (a loop's back edge);
the parser creates them on first mention and checks at the end that every
one was defined. Errors are diagnostics with the IR file's line and column.
`#` starts a comment (so pass tests can carry RUN and CHECK lines).
"""

from __future__ import annotations

import json
import re

from ..diagnostics import CompileError, Diagnostic, Span
from .builder import attach
from .ops import (
    BINARY_OPS, COMPARE_PREDS, CONVERSIONS, UNARY_OPS, Binary, Block, Br, Call, CondBr, Const,
    Convert, Compare, DecRef, Function, GlobalRef, IncRef, Load, Loc, Module, Op, Raise, Ret, RtCall, Slot,
    Store, Unary, Unreachable, Value, result_type,
)
from .rtfuncs import RUNTIME
from .types import F64, I1, I64, STR, TDESC, Type, parse_type

TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>"(?:[^"\\]|\\.)*")
    | (?P<sigil>[%^@][\w.<>$]+)
    | (?P<arrow>->)
    | (?P<num>-?(?:inf|nan|\d+\.?\d*(?:[eE][-+]?\d+)?))
    | (?P<word>[A-Za-z_][A-Za-z0-9_.<>]*)
    | (?P<punct>[(),:={}])
    )""",
    re.VERBOSE,
)


class ParseError(Exception):
    def __init__(self, message: str, line: int, col: int = 0):
        super().__init__(message)
        self.line, self.col = line, col


def parse_module(text: str, filename: str = "<ir>") -> Module:
    """Parse IR text; raises CompileError with a diagnostic on bad input."""
    try:
        return _ModuleParser(text).parse()
    except ParseError as err:
        raise CompileError([Diagnostic(filename, Span(err.line, err.col), str(err))]) from None
    except RecursionError:
        raise CompileError([Diagnostic(filename, Span(1, 0), "IR nested too deeply")]) from None


class _Tokens:
    def __init__(self, line: str, lineno: int):
        self.items: list[tuple[str, str, int]] = []
        self.lineno = lineno
        self.end = len(line.rstrip())
        pos = 0
        while pos < len(line):
            m = TOKEN.match(line, pos)
            if not m or m.end() == pos:
                rest = line[pos:]
                if rest.strip() == "":
                    break
                bad = pos + len(rest) - len(rest.lstrip())
                raise ParseError(f"unexpected character {line[bad]!r}", lineno, bad)
            kind = m.lastgroup
            self.items.append((kind, m.group(kind), m.start(kind)))
            pos = m.end()
        self.i = 0

    def peek(self, text: str | None = None) -> bool:
        if self.i >= len(self.items):
            return False
        return text is None or self.items[self.i][1] == text

    def next(self, kind: str | None = None) -> str:
        if self.i >= len(self.items):
            raise ParseError(f"expected {kind or 'more'} at end of line", self.lineno, self.end)
        k, text, col = self.items[self.i]
        if kind is not None and k != kind:
            raise ParseError(f"expected {kind}, found {text!r}", self.lineno, col)
        self.i += 1
        return text

    def expect(self, text: str) -> None:
        col = self.items[self.i][2] if self.i < len(self.items) else 0
        got = self.next()
        if got != text:
            raise ParseError(f"expected {text!r}, found {got!r}", self.lineno, col)

    def done(self) -> bool:
        return self.i >= len(self.items)

    @property
    def col(self) -> int:
        """The column of the token read last."""
        return self.items[self.i - 1][2] if self.i else 0

    def error(self, message: str, col: int | None = None) -> ParseError:
        """An error at this line, pointing at `col` or else at the token read last."""
        return ParseError(message, self.lineno, self.col if col is None else col)


def _strip_comment(line: str) -> str:
    """The line up to a `#` that is not inside a string literal."""
    in_str, i = False, 0
    while i < len(line):
        ch = line[i]
        if in_str and ch == "\\":
            i += 2
            continue
        if ch == '"':
            in_str = not in_str
        elif ch == "#" and not in_str:
            return line[:i]
        i += 1
    return line


class _ModuleParser:
    def __init__(self, text: str):
        self.lines = [_strip_comment(l) for l in text.splitlines()]
        self.module = Module("<ir>")
        self.bodies: list[tuple[Function, int, int]] = []

    def parse(self) -> Module:
        self._headers()
        for fn, start, end in self.bodies:
            _FunctionParser(self.module, fn, self.lines, start, end).parse()
        return self.module

    def _headers(self) -> None:
        """First pass: module name, globals, function signatures and extents."""
        i = 0
        while i < len(self.lines):
            line = self.lines[i].strip()
            if line.startswith("module "):
                rest = line[7:].strip()
                if rest.endswith(" refcounted"):
                    self.module.refcounted, rest = True, rest[: -len(" refcounted")].rstrip()
                self.module.filename = _module_name(rest, i + 1)
            elif line.startswith("global "):
                self._global(_Tokens(self.lines[i], i + 1))
            elif line.startswith("func "):
                i = self._func_header(_Tokens(self.lines[i], i + 1), i)
            elif line:
                raise ParseError(f"expected 'module', 'global' or 'func', found {line.split()[0]!r}", i + 1)
            i += 1

    def _global(self, toks: _Tokens) -> None:
        toks.expect("global")
        name = toks.next("sigil")[1:]
        toks.expect(":")
        self.module.globals[name] = _type(toks)

    def _func_header(self, toks: _Tokens, index: int) -> int:
        toks.expect("func")
        name = toks.next("sigil")
        if not name.startswith("@"):
            raise toks.error("function names start with '@'")
        fn = Function(name[1:], [], I64)
        toks.expect("(")
        while not toks.peek(")"):
            pname = toks.next("sigil")[1:]
            if any(p.name == pname for p in fn.params):
                raise toks.error(f"parameter %{pname} defined twice")
            toks.expect(":")
            value = fn.new_value(_type(toks), pname)
            fn.params.append(value)
            if not toks.peek(")"):
                toks.expect(",")
        toks.expect(")")
        toks.expect("->")
        fn.ret = _type(toks)
        toks.expect("{")
        if fn.name in self.module.functions:
            raise toks.error(f"function @{fn.name} defined twice", toks.items[1][2])
        self.module.add(fn)
        end = index + 1
        while end < len(self.lines) and not _ends_body(self.lines[end]):
            end += 1
        if end == len(self.lines) or self.lines[end].strip() != "}":
            raise ParseError(f"function @{fn.name} has no closing '}}'", index + 1)
        self.bodies.append((fn, index + 1, end))
        return end


def _module_name(text: str, lineno: int) -> str:
    try:
        name = json.loads(text)
    except ValueError:
        name = None
    if not isinstance(name, str):
        raise ParseError('the module line is module "FILE.py", with the name quoted', lineno)
    return name


def _ends_body(line: str) -> bool:
    """A function body ends at its '}' (or, when that is missing, at the next function)."""
    line = line.strip()
    return line == "}" or line.startswith("func ")


def _type(toks: _Tokens) -> Type:
    text = toks.next()
    ty = parse_type(text)
    if ty is None:
        raise toks.error(f"unknown type {text!r}")
    return ty


class _FunctionParser:
    def __init__(self, module: Module, fn: Function, lines: list[str], start: int, end: int):
        self.module, self.fn, self.lines = module, fn, lines
        self.start, self.end = start, end
        self.values: dict[str, Value] = {p.name: p for p in fn.params}
        self.defined: set[str] = set(self.values)
        self.blocks: dict[str, Block] = {}
        self.first_use: dict[str, tuple[int, int]] = {}  # (line, col) of a forward reference
        self.block_first_use: dict[str, tuple[int, int]] = {}
        self.forward_loads: list[tuple[Load, int, int]] = []  # loads of a slot defined further down

    def parse(self) -> None:
        block = None
        for index in range(self.start, self.end):
            toks = _Tokens(self.lines[index], index + 1)
            if toks.done():
                continue
            if toks.peek() and toks.items[0][1].startswith("^") and toks.items[-1][1] == ":":
                block = self._block_header(toks)
            elif block is None:
                raise ParseError("op outside a block (start one with '^name:')", index + 1)
            else:
                self._op(toks, block)
        self._check_complete()

    def _block(self, name: str) -> Block:
        if name not in self.blocks:
            self.blocks[name] = Block(name, parent=self.fn)
        return self.blocks[name]

    def _block_header(self, toks: _Tokens) -> Block:
        block = self._block(toks.next("sigil")[1:])
        if block in self.fn.blocks:
            raise toks.error(f"block ^{block.name} defined twice")
        self.fn.blocks.append(block)
        if toks.peek("("):
            toks.next()
            while not toks.peek(")"):
                name, col = toks.next("sigil")[1:], toks.col
                toks.expect(":")
                value = self._define(name, _type(toks), toks.lineno, col)
                value.block = block
                block.params.append(value)
                if not toks.peek(")"):
                    toks.expect(",")
            toks.next()
        toks.expect(":")
        return block

    def _value(self, toks: _Tokens) -> Value:
        """The value named by the next token (created on its first mention)."""
        text = toks.next("sigil")
        if not text.startswith("%"):
            raise toks.error(f"expected a value like %x, found {text!r}")
        name = text[1:]
        if name not in self.values:
            self.values[name] = Value(-1, I64, name)  # placeholder until defined
            self.first_use[name] = (toks.lineno, toks.col)
        return self.values[name]

    def _define(self, name: str, ty: Type, lineno: int, col: int = 0) -> Value:
        if name in self.defined:
            raise ParseError(f"value %{name} defined twice", lineno, col)
        self.defined.add(name)
        value = self.values.get(name)
        if value is None:
            value = self.values[name] = Value(-1, ty, name)
        value.id, value.type = self.fn.next_id, ty
        self.fn.next_id += 1
        return value

    def _op(self, toks: _Tokens, block: Block) -> None:
        result = None
        if toks.peek() and toks.items[0][1].startswith("%") and len(toks.items) > 1 and toks.items[1][1] == "=":
            result = toks.next()[1:]
            toks.expect("=")
        op = self._op_body(toks)
        if toks.peek("loc"):
            op.loc = _loc(toks)
        if not toks.done():
            raise toks.error(f"unexpected {toks.items[toks.i][1]!r} after op", toks.items[toks.i][2])
        self._finish(op, result, block, toks.lineno, toks.items[0][2])

    def _finish(self, op: Op, result: str | None, block: Block, lineno: int, col: int) -> None:
        ty = self._result_type(op, lineno, col)
        if result is not None and ty.name == "none":
            raise ParseError("this op has no result to name", lineno, col)
        if result is None and ty.name != "none":
            raise ParseError("this op's result needs a name: write '%x = ...'", lineno, col)
        if result is not None:
            op.result = self._define(result, ty, lineno, col)
        attach(op, self.fn, self.module)
        op.parent = block
        block.ops.append(op)

    def _result_type(self, op: Op, lineno: int, col: int) -> Type:
        match op:
            case Load(args=[ptr]) if ptr.name not in self.defined:
                self.forward_loads.append((op, lineno, col))
                return I64  # a placeholder until the slot is defined (see _check_complete)
            case Load(args=[ptr]) if not ptr.type.is_slot:
                raise ParseError(f"load needs a slot operand, but %{ptr.name} is {ptr.type}", lineno, col)
        return result_type(op, self.module)

    def _args(self, toks: _Tokens) -> list[Value]:
        toks.expect("(")
        args = []
        while not toks.peek(")"):
            args.append(self._value(toks))
            if not toks.peek(")"):
                toks.expect(",")
        toks.next()
        return args

    def _operands(self, toks: _Tokens, count: int) -> list[Value]:
        values = []
        for i in range(count):
            if i:
                toks.expect(",")
            values.append(self._value(toks))
        return values

    def _target(self, toks: _Tokens) -> tuple[Block, list[Value]]:
        name = toks.next("sigil")
        if not name.startswith("^"):
            raise toks.error(f"expected a block like ^name, found {name!r}")
        self.block_first_use.setdefault(name[1:], (toks.lineno, toks.col))
        args = self._args(toks) if toks.peek("(") else []
        return self._block(name[1:]), args

    def _op_body(self, toks: _Tokens) -> Op:
        word, word_col = toks.next("word"), toks.col
        base, _, suffix = word.partition(".")
        ty = parse_type(suffix) if suffix else None
        match base:
            case "const":
                return Const(value=_const_value(toks, ty), type=ty)
            case "slot" if ty is not None:
                return Slot(type=ty)
            case "globalref":
                name = toks.next("sigil")[1:]
                if name not in self.module.globals:
                    raise toks.error(f"unknown global @{name}")
                return GlobalRef(name=name)
            case "load":
                return Load(args=self._operands(toks, 1))
            case "store":
                return Store(args=self._operands(toks, 2))
            case "call" | "rt":
                callee = toks.next("sigil")[1:]
                known = self.module.functions if base == "call" else RUNTIME
                if callee not in known:
                    raise toks.error(f"unknown {'function' if base == 'call' else 'runtime function'} @{callee}")
                if base == "call":
                    return Call(callee=callee, args=self._args(toks))
                args = self._args(toks)
                ty = None
                if toks.peek(":"):
                    toks.next()
                    ty = _type(toks)
                return RtCall(callee=callee, args=args, type=ty)
            case "incref" | "decref":
                cls = IncRef if base == "incref" else DecRef
                return cls(args=self._operands(toks, 1))
            case "br":
                target, args = self._target(toks)
                return Br(target=target, args=args)
            case "cbr":
                cond = self._value(toks)
                toks.expect(",")
                then, then_args = self._target(toks)
                toks.expect(",")
                else_, else_args = self._target(toks)
                return CondBr(then=then, else_=else_, n_then=len(then_args), args=[cond, *then_args, *else_args])
            case "ret":
                return Ret(args=self._operands(toks, 1) if toks.peek() and not toks.peek("loc") else [])
            case "raise":
                kind = toks.next("word")
                args = self._operands(toks, 1) if toks.peek() and not toks.peek("loc") else []
                return Raise(kind=kind, args=args)
            case "unreachable":
                return Unreachable()
        if base in CONVERSIONS and not suffix:
            return Convert(op=base, args=self._operands(toks, 1))
        if ty is not None and base in BINARY_OPS.get(ty.name, ()):
            return Binary(op=base, type=ty, args=self._operands(toks, 2))
        if ty is not None and base in COMPARE_PREDS and ty in (I1, I64, F64):
            return Compare(pred=base, type=ty, args=self._operands(toks, 2))
        if ty is not None and base in UNARY_OPS.get(ty.name, ()):
            return Unary(op=base, type=ty, args=self._operands(toks, 1))
        raise toks.error(f"unknown op {word!r}", word_col)

    def _check_complete(self) -> None:
        if not self.fn.blocks:
            raise ParseError(f"function @{self.fn.name} has no blocks", self.start)
        for name, (line, col) in self.first_use.items():
            if name not in self.defined:
                raise ParseError(f"value %{name} is used but never defined", line, col)
        for name, block in self.blocks.items():
            if block not in self.fn.blocks:
                raise ParseError(f"block ^{name} is used but never defined", *self.block_first_use[name])
        for load, lineno, col in self.forward_loads:
            ptr = load.args[0]
            if not ptr.type.is_slot:
                raise ParseError(f"load needs a slot operand, but %{ptr.name} is {ptr.type}", lineno, col)
            load.result.type = ptr.type.elem


def _loc(toks: _Tokens) -> Loc:
    toks.expect("loc")
    toks.expect("(")
    line = toks.next("num")
    toks.expect(":")
    col = toks.next("num")
    toks.expect(")")
    if not (line.isdigit() and col.isdigit()):
        raise toks.error("a location is loc(LINE:COL)")
    return Loc(int(line), int(col))


def _const_value(toks: _Tokens, ty: Type | None):
    if ty is None:
        raise toks.error("const needs a type: const.i64, const.f64, const.i1 or const.str")
    text = toks.next()
    if ty.is_ref and text == "null":
        return None
    try:
        if ty == I1 and text in ("true", "false"):
            return text == "true"
        if ty == I64:
            value = int(text)
            if not -(2**63) <= value < 2**63:
                raise toks.error(f"{text} does not fit in i64")
            return value
        if ty == F64:
            return float(text)
        if ty in (STR, TDESC) and text.startswith('"'):
            return json.loads(text)
    except ValueError:
        pass
    raise toks.error(f"bad {ty} constant {text!r}")
