"""The IR verifier: every rule a well-formed module keeps, checked at once.

Run after every pass in tests (`--verify-each`). It reports all problems,
each with the function, the op's text, its source location, and the pass
that ran last, then raises `VerifyError`.
"""

from __future__ import annotations

from .cfg import dominates, dominators, predecessors
from .ops import (
    BINARY_OPS, COMPARE_PREDS, CONVERSIONS, UNARY_OPS, Binary, Block, Br, Call, CondBr, Const,
    Convert, Compare, DecRef, Function, GlobalRef, IncRef, Load, Module, Op, Raise, Ret, RtCall,
    Slot, Store, Unary, Value,
)
from .printer import format_op
from .rtfuncs import RUNTIME
from .types import ANY, F64, I1, I64, NONE, OBJ, STR, Type

EXCEPTIONS = {
    "ZeroDivisionError", "OverflowError", "ValueError", "AssertionError", "RecursionError",
    "NameError", "UnboundLocalError", "IndexError", "KeyError", "TypeError", "RuntimeError",
    "NotImplementedError",
}


class VerifyError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def verify(module: Module, after: str | None = None) -> None:
    problems: list[str] = []
    for fn in module.functions.values():
        problems += _FunctionVerifier(module, fn).run()
    if problems:
        where = f" (after pass {after})" if after else ""
        raise VerifyError([f"verifier{where}: {p}" for p in problems])


class _FunctionVerifier:
    def __init__(self, module: Module, fn: Function):
        self.module, self.fn = module, fn
        self.problems: list[str] = []
        self.defined: dict[int, tuple[Block | None, int]] = {}  # id(value) -> (block, position)

    def error(self, message: str, op: Op | None = None) -> None:
        where = f"@{self.fn.name}"
        if op is not None:
            loc = f" at line {op.loc.line}" if op.loc else ""
            where += f": '{format_op(op)}'{loc}"
        self.problems.append(f"{where}: {message}")

    def run(self) -> list[str]:
        if not self.fn.blocks:
            self.error("function has no blocks")
            return self.problems
        self._collect_definitions()
        if predecessors(self.fn)[self.fn.entry]:
            self.error(f"the entry block ^{self.fn.entry.name} has predecessors")
        if self.fn.entry.params:
            self.error("the entry block has parameters (function parameters go in the signature)")
        idom = dominators(self.fn)
        for block in self.fn.blocks:
            self._block(block, idom)
        return self.problems

    def _collect_definitions(self) -> None:
        for value in self.fn.params:
            self._define(value, None, -1)
        names: set[str] = set()
        for block in self.fn.blocks:
            if block.name in names:
                self.error(f"two blocks are named ^{block.name} (the text form could not tell them apart)")
            names.add(block.name)
            if block.parent is not self.fn:
                self.error(f"block ^{block.name} does not point back to its function")
            for value in block.params:
                self._define(value, block, -1)
            for i, op in enumerate(block.ops):
                if op.parent is not block:
                    self.error("op's parent is not the block holding it", op)
                if op.result is not None:
                    self._define(op.result, block, i)

    def _define(self, value: Value, block: Block | None, pos: int) -> None:
        if id(value) in self.defined:
            self.error(f"value %{value.name or value.id} is defined twice")
        self.defined[id(value)] = (block, pos)

    def _block(self, block: Block, idom) -> None:
        if not block.ops or block.terminator is None:
            self.error(f"block ^{block.name} does not end with a terminator")
        for i, op in enumerate(block.ops):
            if op.is_terminator and i != len(block.ops) - 1:
                self.error("terminator in the middle of a block", op)
            self._uses(op, block, i, idom)
            self._op(op)

    def _uses(self, op: Op, block: Block, pos: int, idom) -> None:
        for arg in op.args:
            if op not in arg.uses:
                self.error(f"use-list of %{arg.name or arg.id} misses this op", op)
            where = self.defined.get(id(arg))
            if where is None:
                self.error(f"uses %{arg.name or arg.id}, which is not defined in this function", op)
                continue
            def_block, def_pos = where
            if def_block is None or block not in idom:
                continue
            if def_block is block and def_pos >= pos:
                self.error(f"uses %{arg.name or arg.id} before its definition", op)
            elif def_block not in idom or not dominates(idom, def_block, block):
                self.error(f"uses %{arg.name or arg.id}, whose definition does not dominate it", op)

    def _expect(self, op: Op, types) -> None:
        got = [a.type for a in op.args]
        if got != list(types):
            want = ", ".join(str(t) for t in types)
            have = ", ".join(str(t) for t in got)
            self.error(f"expects operands ({want}), got ({have})", op)

    def _op(self, op: Op) -> None:
        match op:
            case Const(value=value, type=ty):
                self._const(op, value, ty)
            case Binary(op=name, type=ty):
                if name not in BINARY_OPS.get(ty.name, ()):
                    self.error(f"no {name} on {ty}", op)
                self._expect(op, [ty, ty])
            case Unary(op=name, type=ty):
                if name not in UNARY_OPS.get(ty.name, ()):
                    self.error(f"no {name} on {ty}", op)
                self._expect(op, [ty])
            case Compare(pred=pred, type=ty):
                if pred not in COMPARE_PREDS or ty not in (I1, I64, F64):
                    self.error(f"no comparison {pred} on {ty}", op)
                self._expect(op, [ty, ty])
            case Convert(op=kind):
                self._expect(op, [CONVERSIONS[kind][0]])
            case Slot(type=ty):
                if ty.name in ("none", "slot"):
                    self.error(f"cannot make a slot of {ty}", op)
            case GlobalRef(name=name):
                if name not in self.module.globals:
                    self.error(f"unknown global @{name}", op)
            case Load(args=[ptr]) if ptr.type.is_slot:
                pass
            case Store(args=[ptr, value]) if ptr.type.is_slot:
                if ptr.type.elem != value.type:
                    self.error(f"stores a {value.type} into a {ptr.type}", op)
            case Load() | Store():
                self.error("needs a slot operand", op)
            case Call(callee=callee):
                self._call(op, callee)
            case RtCall(callee=callee):
                self._rtcall(op, callee)
            case IncRef(args=[value]) | DecRef(args=[value]):
                if not value.type.is_ref:
                    self.error(f"reference counts apply to objects, not to {value.type}", op)
            case IncRef() | DecRef():
                self.error("takes one operand", op)
            case Br() | CondBr():
                self._branch(op)
            case Ret():
                want = [] if self.fn.ret == NONE else [self.fn.ret]
                self._expect(op, want)
            case Raise(kind=kind):
                if kind not in EXCEPTIONS:
                    self.error(f"unknown exception {kind}", op)
                if op.args:
                    self._expect(op, [STR])

    def _rtcall(self, op: RtCall, callee: str) -> None:
        sig = RUNTIME.get(callee)
        if sig is None:
            self.error(f"unknown runtime function @{callee}", op)
            return
        got = [a.type for a in op.args]
        if len(got) != len(sig.params) or not all(map(_accepts, sig.params, got)):
            want = ", ".join(str(t) for t in sig.params)
            self.error(f"expects operands ({want}), got ({', '.join(str(t) for t in got)})", op)
        if sig.ret == ANY and (op.type is None or op.type.name in ("none", "tdesc") or op.type.is_slot):
            self.error(f"@{callee} needs the type of its result: rt @{callee}(...) : TYPE", op)
        if sig.ret != ANY and op.type is not None:
            self.error(f"@{callee} returns {sig.ret}; it takes no result type", op)

    def _const(self, op: Op, value, ty) -> None:
        ok = {
            "i1": isinstance(value, bool),
            "i64": isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63,
            "f64": isinstance(value, float),
            "str": isinstance(value, str) or value is None,
            "tdesc": isinstance(value, str),
        }.get(ty.name, ty.is_ref and value is None)
        if not ok:
            self.error(f"{value!r} is not a valid {ty} constant", op)

    def _call(self, op: Op, callee: str) -> None:
        target = self.module.functions.get(callee)
        if target is None:
            self.error(f"calls unknown function @{callee}", op)
            return
        self._expect(op, [p.type for p in target.params])

    def _branch(self, op: Op) -> None:
        edges = [(op.target, op.args)] if isinstance(op, Br) else [(op.then, op.then_args), (op.else_, op.else_args)]
        if isinstance(op, CondBr) and (not op.args or op.args[0].type != I1):
            self.error("branch condition must be i1", op)
        for target, args in edges:
            if target not in self.fn.blocks:
                self.error(f"branches to ^{target.name}, which is not in this function", op)
            elif [a.type for a in args] != [p.type for p in target.params]:
                self.error(f"passes {len(args)} argument(s) that do not match ^{target.name}'s parameters", op)


def _accepts(param: Type, arg: Type) -> bool:
    """Does a runtime parameter of type `param` take an operand of type `arg`?"""
    if param == ANY:
        return not (arg.is_slot or arg.name in ("none", "tdesc"))
    if param == OBJ:
        return arg.is_ref
    return param == arg
