"""The IR interpreter: runs a module the way its compiled program would.

    status = run_module(module, sys.stdout, sys.stderr)

It is the executable meaning of every op (computing ops call
`ir/semantics.py`, the same reference the constant folder uses) and the
fuzzer's second oracle. Calls use an explicit frame stack, never Python
recursion, so IR recursion is limited only by the RecursionError check that
mirrors CPython 3.11: the module frame is depth 1 and a call that would make
the depth exceed 1000 raises, so a function can nest 999 deep.

In a module the refcount pass has run on (`module.refcounted`), it also checks
the pass: it counts the references compiled code obtains (an object made by an
op, an `incref`) and releases (`decref`), and it is an error to release more
than was obtained or to end the program normally with references unreleased
(RefcountError). Constants are immortal and not counted: a str constant is
a `StaticStr`, an object of its own, because Python shares some strings
(one-character ones, "") and a result the program counts must never be the
very object a constant is.

An uncaught exception prints a CPython-style traceback to stderr and gives
status 1:

    Traceback (most recent call last):
      File "fact.py", line 7, in <module>
      File "fact.py", line 3, in fact
    ZeroDivisionError: integer division or modulo by zero
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TextIO

from .ops import (
    Binary, Block, Br, Call, CondBr, Const, Convert, Compare, DecRef, Function, GlobalRef, IncRef,
    Load, Module, Op, Raise, Ret, RtCall, Slot, Store, Unary, Unreachable, Value,
)
from .semantics import RT_IMPL, PyRaise, binary, compare, convert, unary
from .types import Type

RECURSION_LIMIT = 1000  # CPython's default sys.getrecursionlimit()
RECURSIVE_CUTOFF = 3  # identical traceback lines shown before "[Previous line repeated ...]"
ZERO = {"i1": False, "i64": 0, "f64": 0.0}  # reference types start as None (null)


class StepLimitExceeded(Exception):
    """The program ran more ops than `max_steps` allowed (it may not terminate)."""


class InterpError(Exception):
    """The IR cannot run: it reached `unreachable`, fell off a block, lacks `@__module__`."""


class RefcountError(InterpError):
    """References were released more often than obtained, or never released."""


class _ProgramExit(Exception):
    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class Cell:
    """A slot or a global: one mutable value."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


@dataclass(eq=False)
class Frame:
    """One active call: its values and the op it is running (or waiting on, for a call)."""

    fn: Function
    block: Block
    index: int = 0
    env: dict[Value, object] = field(default_factory=dict)

    @property
    def op(self) -> Op:
        return self.block.ops[self.index]


def run_module(module: Module, stdout: TextIO, stderr: TextIO, max_steps: int | None = None) -> int:
    """Run `@__module__`; return the exit status (0, 1 for an uncaught exception, or exit's)."""
    machine = _Machine(module, stdout, stderr, max_steps)
    try:
        machine.run()
        machine.refs.check_all_released()
    except PyRaise as exc:
        stdout.flush()  # what was printed comes before the traceback, also when both go to one pipe
        stderr.write(format_traceback(module, machine.stack, exc))
        return 1
    except _ProgramExit as exc:
        return exc.status
    return 0


def run_module_text(text: str, max_steps: int | None = None) -> tuple[int, str, str]:
    """Parse, verify and run IR text: (status, stdout, stderr)."""
    from .parser import parse_module
    from .verifier import verify

    module = parse_module(text)
    verify(module)
    out, err = io.StringIO(), io.StringIO()
    status = run_module(module, out, err, max_steps)
    return status, out.getvalue(), err.getvalue()


class _Machine:
    def __init__(self, module: Module, stdout: TextIO, stderr: TextIO, max_steps: int | None):
        self.module = module
        self.stdout, self.stderr = stdout, stderr
        self.max_steps = max_steps
        self.steps = 0
        self.stack: list[Frame] = []
        self.globals = {name: Cell(_zero(ty)) for name, ty in module.globals.items()}
        self.refs = RefCounts(module.refcounted)
        self.statics: dict[str, StaticStr] = {}

    def run(self) -> None:
        entry = self.module.functions.get(Module.ENTRY)
        if entry is None:
            raise InterpError(f"the module has no @{Module.ENTRY} function")
        self.stack.append(Frame(entry, entry.entry))
        limit = self.max_steps if self.max_steps is not None else float("inf")
        stack, execute = self.stack, self._execute
        while stack:
            frame = stack[-1]
            ops = frame.block.ops
            if frame.index >= len(ops):
                raise InterpError(f"@{frame.fn.name}: fell off the end of ^{frame.block.name}")
            self.steps += 1
            if self.steps > limit:
                raise StepLimitExceeded(f"the program ran more than {self.max_steps} ops")
            execute(frame, ops[frame.index])

    def _execute(self, frame: Frame, op: Op) -> None:
        """Run one op; it advances `frame` (or the stack) itself."""
        env = frame.env
        match op:  # the most frequent ops first
            case Const(value=value, type=ty):
                if ty.is_ref and value is not None:
                    value = self._static(value)
                env[op.result] = value
            case Binary(op=name, type=ty, args=[a, b]):
                env[op.result] = binary(name, ty.name, env[a], env[b])
            case Compare(pred=pred, args=[a, b]):
                env[op.result] = compare(pred, env[a], env[b])
            case Br(target=target, args=args):
                _jump(frame, target, args)
                return
            case CondBr(args=[cond, *_]):
                if env[cond]:
                    _jump(frame, op.then, op.then_args)
                else:
                    _jump(frame, op.else_, op.else_args)
                return
            case Load(args=[ptr]):
                env[op.result] = env[ptr].value
            case Store(args=[ptr, value]):
                env[ptr].value = env[value]
            case RtCall(callee=callee, args=args):
                # native code would crash; is_none asks exactly that (an optional is null for None)
                if callee != "is_none" and any(a.type.is_ref and env[a] is None for a in args):
                    raise InterpError(f"@{frame.fn.name}: rt @{callee} got a null reference (a slot never stored)")
                self._runtime(frame, op, callee, [env[a] for a in args])
                if op.result is not None and op.result.type.is_ref:
                    self.refs.obtained(env[op.result])
            case IncRef(args=[a]):
                self.refs.obtained(env[a])
            case DecRef(args=[a]):
                self.refs.released(env[a], frame.fn.name)
            case Call(callee=callee, args=args):
                self._call(self.module.functions[callee], [env[a] for a in args])
                return  # the caller resumes after the call when the callee returns
            case Ret(args=args):
                self._return(env[args[0]] if args else None)
                return
            case Unary(op=name, type=ty, args=[a]):
                env[op.result] = unary(name, ty.name, env[a])
            case Convert(op=kind, args=[a]):
                env[op.result] = convert(kind, env[a])
            case Slot(type=ty):
                env[op.result] = Cell(_zero(ty))
            case GlobalRef(name=name):
                env[op.result] = self.globals[name]
            case Raise(kind=kind, args=args):
                raise PyRaise(kind, env[args[0]] if args else "")
            case Unreachable():
                raise InterpError(f"@{frame.fn.name}: reached 'unreachable' in ^{frame.block.name}")
            case _:
                raise InterpError(f"cannot run {type(op).__name__}")
        frame.index += 1

    def _static(self, text: str) -> "StaticStr":
        """The static object of a str constant: one per text, as the backend makes."""
        found = self.statics.get(text)
        if found is None:
            found = self.statics[text] = StaticStr(text)
            self.refs.immortal(found)
        return found

    def _runtime(self, frame: Frame, op: RtCall, callee: str, args: list) -> None:
        match callee, args:
            case "print_i64", [n]:
                self.stdout.write(str(n))
            case "print_f64", [x]:
                self.stdout.write(repr(x))
            case "print_bool", [b]:
                self.stdout.write("True" if b else "False")
            case "print_none", []:
                self.stdout.write("None")
            case "print_str", [s]:
                self.stdout.write(s)
            case "print_value", [value, _]:
                self.stdout.write(str(value))
            case "exit", [status]:
                raise _ProgramExit(status & 0xFF)
            case "exit_msg", [message]:
                self.stdout.flush()
                self.stderr.write(message + "\n")
                raise _ProgramExit(1)
            case _:
                result = RT_IMPL[callee](*args)
                if op.result is not None:
                    frame.env[op.result] = result

    def _call(self, fn: Function, args: list) -> None:
        if len(self.stack) + 1 > RECURSION_LIMIT:
            raise PyRaise("RecursionError", "maximum recursion depth exceeded")
        callee = Frame(fn, fn.entry)
        callee.env.update(zip(fn.params, args))
        self.stack.append(callee)

    def _return(self, value) -> None:
        self.stack.pop()
        if not self.stack:
            return  # @__module__ finished
        caller = self.stack[-1]
        call = caller.op
        if call.result is not None:
            caller.env[call.result] = value
        caller.index += 1


class StaticStr(str):
    """A str constant: equal to its text, but never the same object as a str the program made."""

    __slots__ = ()


class RefCounts:
    """The references compiled code holds, per object (see the module docstring).

    Objects are told apart by identity; two equal immutable objects Python happens
    to share (interned strings) are counted together, which can hide a bug but
    never reports one that is not there."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.counts: dict[int, int] = {}
        self.objects: dict[int, object] = {}  # keeps counted objects alive, so ids stay unique
        self.immortals: set[int] = set()

    def immortal(self, value) -> None:
        if self.enabled and value is not None:
            self.immortals.add(id(value))

    def obtained(self, value) -> None:
        if not self.enabled or value is None or id(value) in self.immortals:
            return
        key = id(value)
        self.counts[key] = self.counts.get(key, 0) + 1
        self.objects[key] = value

    def released(self, value, where: str) -> None:
        if not self.enabled or value is None or id(value) in self.immortals:
            return
        key = id(value)
        count = self.counts.get(key, 0)
        if count <= 0:
            raise RefcountError(f"@{where}: decref of {_short(value)}, which holds no reference")
        self.counts[key] = count - 1

    def check_all_released(self) -> None:
        held = [(self.objects[k], n) for k, n in self.counts.items() if n]
        if held:
            sample = ", ".join(f"{_short(v)} ({n})" for v, n in held[:5])
            raise RefcountError(f"{len(held)} objects still referenced at the end of the program: {sample}")


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _jump(frame: Frame, target: Block, args: list[Value]) -> None:
    """Go to `target`, binding its parameters to `args` all at once (a parallel copy)."""
    if args:
        env = frame.env
        values = [env[a] for a in args]
        env.update(zip(target.params, values))
    frame.block, frame.index = target, 0


def _zero(ty: Type):
    return ZERO.get(ty.name)


# ---- tracebacks ----------------------------------------------------------


def format_traceback(module: Module, stack: list[Frame], exc: PyRaise) -> str:
    """CPython's text for an uncaught exception, frames from the outermost."""
    lines = ["Traceback (most recent call last):\n"]
    lines += _collapse([_frame_line(module, frame) for frame in stack])
    lines.append(f"{exc.kind}: {exc.message}\n" if exc.message else f"{exc.kind}\n")
    return "".join(lines)


def _frame_line(module: Module, frame: Frame) -> str:
    loc = frame.op.loc if frame.index < len(frame.block.ops) else None
    line = loc.line if loc is not None else 0  # as the native backend reports it
    return f'  File "{module.filename}", line {line}, in {_python_name(frame.fn)}\n'


def _python_name(fn: Function) -> str:
    if fn.pyname:
        return fn.pyname
    return "<module>" if fn.name == Module.ENTRY else fn.name


def _collapse(lines: list[str]) -> list[str]:
    """Show a run of identical lines 3 times, then '[Previous line repeated N more times]'."""
    out: list[str] = []
    previous, count = None, 0
    for line in lines:
        if line != previous:
            out += _repeated(count)
            previous, count = line, 0
        count += 1
        if count <= RECURSIVE_CUTOFF:
            out.append(line)
    return out + _repeated(count)


def _repeated(count: int) -> list[str]:
    extra = count - RECURSIVE_CUTOFF
    if extra <= 0:
        return []
    return [f"  [Previous line repeated {extra} more time{'s' if extra > 1 else ''}]\n"]


__all__ = ["run_module", "run_module_text", "StepLimitExceeded", "InterpError", "RefcountError",
           "format_traceback"]
