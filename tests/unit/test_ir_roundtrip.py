"""The IR text form round-trips: print(parse(print(m))) == print(m).

Modules come from a seeded random generator that builds well-formed
functions with the Builder: every op kind, block arguments, cbr with
arguments, constants that are hard to print (inf, nan, -0.0, 5e-324,
strings with escapes, '#' and non-ASCII), odd and non-ASCII names (Python
identifiers may be `café`), missing and
present locations, and blocks laid out out of dominance order (so the text
uses values before the line that defines them). The verifier must accept
the generated module and the parsed copy.
"""

from __future__ import annotations

import io
import math
import random
import re

import pytest

from pyrite.ir.builder import Builder
from pyrite.ir.ops import (
    BINARY_OPS, COMPARE_PREDS, CONVERSIONS, UNARY_OPS, Block, Function, Loc, Module, Value,
)
from pyrite.ir.parser import parse_module
from pyrite.ir.printer import print_module
from pyrite.ir.rtfuncs import RUNTIME
from pyrite.ir.types import F64, I1, I64, NONE, STR, Type
from pyrite.ir.verifier import EXCEPTIONS, verify

SCALARS = [I1, I64, F64, STR]
FLOATS = [0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan]
INTS = [0, 1, -1, 42, -(2**63), 2**63 - 1, 10**18]
STRINGS = ["", "a", "\n", "tab\there", 'quote " and \\ backslash', "# not a comment", "café ☕",
           "\x00\x7f", "}", "loc(1:2)"]
NAMES = [None, None, "x", "x", "x.1", "i", "total_2", "café", "a b", "5", "_"]
# runtime functions of scalars (and str constants): the random modules make no containers
RT_CALLABLE = [name for name, sig in RUNTIME.items()
               if (sig.effect != "io" or name.startswith("print"))
               and all(p in SCALARS for p in sig.params) and sig.ret in SCALARS + [NONE]]


class Generator:
    """Builds one random well-formed module from a seed."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.module = Module(self.rng.choice(["t.py", "dir/with space.py", 'q"uote.py']))

    def module_(self) -> Module:
        for i in range(self.rng.randint(0, 3)):
            self.module.globals[self.rng.choice(["g", "größe_"]) + str(i)] = self.rng.choice(SCALARS)
        signatures = [self._signature(self.rng.choice(["f", "café_"]) + str(i)) for i in range(self.rng.randint(1, 3))]
        signatures.append(Function(Module.ENTRY, [], NONE))
        for fn in signatures:
            self.module.add(fn)
        for fn in signatures:
            FunctionGenerator(self.rng, self.module, fn).build()
        return self.module

    def _signature(self, name: str) -> Function:
        fn = Function(name, [], self.rng.choice(SCALARS + [NONE]))
        for i in range(self.rng.randint(0, 3)):
            fn.params.append(fn.new_value(self.rng.choice(SCALARS), self.rng.choice(NAMES)))
        return fn


class FunctionGenerator:
    """Random blocks for one function, shaped by a random dominator tree.

    Block k > 0 gets a parent p(k) < k. A block j may branch to block k only
    if p(k) is j or one of j's ancestors (so children, siblings and loop back
    edges to ancestors are all allowed): the only way into k's subtree is
    then through k, so each block dominates its subtree and may use every
    value its ancestors define.
    """

    def __init__(self, rng: random.Random, module: Module, fn: Function):
        self.rng, self.module, self.fn = rng, module, fn
        self.b = Builder(fn, module)
        self.pool: list[Value] = []

    def build(self) -> None:
        blocks = [self.b.new_block("entry")]
        parent = [-1]
        for k in range(1, self.rng.randint(1, 7)):
            names = [self.rng.choice(NAMES) for _ in range(3)]
            blocks.append(self.b.new_block(self.rng.choice(["bb", "loop", "then", "exit", "suite_é"]), self._types(), names))
            parent.append(self.rng.randrange(k))
        visible: list[list[Value]] = []  # per block: the values usable after its last op
        for j, block in enumerate(blocks):
            ancestors = self._ancestors(j, parent)
            targets = [blocks[k] for k in range(1, len(blocks)) if parent[k] in ancestors]
            pool = (visible[parent[j]] if j else list(self.fn.params)) + block.params
            visible.append(self._fill(block, pool, targets))
        tail = blocks[1:]
        self.rng.shuffle(tail)  # lay blocks out out of dominance order: forward references
        self.fn.blocks[1:] = tail

    @staticmethod
    def _ancestors(j: int, parent: list[int]) -> set[int]:
        found = set()
        while j >= 0:
            found.add(j)
            j = parent[j]
        return found

    def _types(self) -> list[Type]:
        return [self.rng.choice(SCALARS) for _ in range(self.rng.randint(0, 3))]

    def _fill(self, block: Block, pool: list[Value], targets: list[Block]) -> list[Value]:
        """Random ops then a terminator; returns every value visible at the end of `block`."""
        self.b.position_at_end(block)
        self.pool = list(pool)
        for _ in range(self.rng.randint(0, 8)):
            self.b.loc = self._loc()
            self._op()
        visible = list(self.pool)
        self.b.loc = self._loc()
        self._terminator(targets)
        return visible

    def _loc(self) -> Loc | None:
        return self.rng.choice([None, Loc(self.rng.randint(1, 500), self.rng.randint(0, 80))])

    def _value(self, ty: Type) -> Value:
        """A value of type `ty`: one already defined here, or a new constant."""
        choices = [v for v in self.pool if v.type == ty]
        if choices and self.rng.random() < 0.7:
            return self.rng.choice(choices)
        return self._new(self.b.const(self._constant(ty), ty, self.rng.choice(NAMES)))

    def _constant(self, ty: Type):
        return {"i1": lambda: self.rng.random() < 0.5, "i64": lambda: self.rng.choice(INTS),
                "f64": lambda: self.rng.choice(FLOATS), "str": lambda: self.rng.choice(STRINGS)}[ty.name]()

    def _new(self, value: Value | None) -> Value | None:
        if value is not None:
            self.pool.append(value)
        return value

    def _op(self) -> None:
        kind = self.rng.choice(["binary", "unary", "compare", "convert", "cell", "call", "rt"])
        getattr(self, f"_{kind}")()

    def _binary(self) -> None:
        ty = self.rng.choice([I1, I64, F64])
        a, b = self._value(ty), self._value(ty)
        self._new(self.b.binary(self.rng.choice(sorted(BINARY_OPS[ty.name])), a, b, self.rng.choice(NAMES)))

    def _unary(self) -> None:
        ty = self.rng.choice([I1, I64, F64])
        self._new(self.b.unary(self.rng.choice(sorted(UNARY_OPS[ty.name])), self._value(ty)))

    def _compare(self) -> None:
        ty = self.rng.choice([I1, I64, F64])
        self._new(self.b.compare(self.rng.choice(sorted(COMPARE_PREDS)), self._value(ty), self._value(ty)))

    def _convert(self) -> None:
        kind = self.rng.choice(sorted(CONVERSIONS))
        self._new(self.b.convert(kind, self._value(CONVERSIONS[kind][0])))

    def _cell(self) -> None:
        """Store to and load from a cell: a global, a new slot or one made earlier."""
        cells = [v for v in self.pool if v.type.is_slot]
        roll = self.rng.random()
        if cells and roll < 0.4:
            cell = self.rng.choice(cells)
        elif self.module.globals and roll < 0.7:
            cell = self._new(self.b.globalref(self.rng.choice(list(self.module.globals))))
        else:
            cell = self._new(self.b.slot(self.rng.choice(SCALARS), self.rng.choice(NAMES)))
        if self.rng.random() < 0.5:
            self.b.store(cell, self._value(cell.type.elem))
        self._new(self.b.load(cell, self.rng.choice(NAMES)))

    def _call(self) -> None:
        callee = self.module.functions[self.rng.choice([n for n in self.module.functions if n != Module.ENTRY])]
        args = [self._value(p.type) for p in callee.params]
        self._new(self.b.call(callee.name, args, self.rng.choice(NAMES)))

    def _rt(self) -> None:
        name = self.rng.choice(RT_CALLABLE)
        args = [self._value(t) for t in RUNTIME[name].params]
        self._new(self.b.rt(name, args))

    def _terminator(self, targets: list[Block]) -> None:
        roll = self.rng.random()
        if targets and roll < 0.35:
            target = self.rng.choice(targets)
            self.b.br(target, self._args(target))
        elif targets and roll < 0.7:
            then, else_ = self.rng.choice(targets), self.rng.choice(targets)
            self.b.cbr(self._value(I1), then, else_, self._args(then), self._args(else_))
        elif roll < 0.8:
            kind = self.rng.choice(sorted(EXCEPTIONS))
            self.b.raise_(kind, self._value(STR) if self.rng.random() < 0.5 else None)
        elif roll < 0.85:
            self.b.unreachable()
        else:
            self.b.ret(None if self.fn.ret == NONE else self._value(self.fn.ret))

    def _args(self, target: Block) -> list[Value]:
        return [self._value(p.type) for p in target.params]


def generate(seed: int) -> Module:
    return Generator(seed).module_()


@pytest.mark.parametrize("seed", range(300))
def test_random_module_round_trips_and_verifies(seed):
    module = generate(seed)
    verify(module)
    text = print_module(module)
    parsed = parse_module(text)
    verify(parsed)
    assert print_module(parsed) == text


def test_generator_covers_every_op_kind():
    """The round-trip test above means something only if it sees every op."""
    text = "".join(print_module(generate(seed)) for seed in range(300))
    words = {"const.", "slot.", "globalref", "load", "store", "call", "rt @", "br ", "cbr",
             "ret", "raise", "unreachable", "itof", "ftoi", "btoi", "not.i1", "invert.i64",
             "neg.f64", "pow.f64", "shl.i64", "xor.i1", "lt.f64", "const.f64 nan",
             "const.f64 -0.0", "const.f64 5e-324", "const.f64 -inf", '"# not a comment"', "loc("}
    assert {w for w in words if w not in text} == set()
    assert any("(" in line and line.startswith("^") for line in text.splitlines()), "no block arguments"


def test_without_locs_round_trips_too():
    module = generate(7)
    text = print_module(module, locs=False)
    assert not re.search(r"  loc\(\d+:\d+\)$", text, re.MULTILINE)
    assert print_module(parse_module(text), locs=False) == text


def test_generator_makes_forward_references():
    """Some generated text uses a value on a line above the one that defines it."""
    assert any(_has_forward_reference(print_module(generate(seed))) for seed in range(50))


def _has_forward_reference(text: str) -> bool:
    defined: set[str] = set()
    for line in text.splitlines():
        line = line.split("  loc(")[0]
        if line.startswith("func"):
            defined = set(re.findall(r"%[\w.]+", line))
            continue
        head, eq, rest = line.partition(" = ")
        new = set(re.findall(r"%[\w.]+(?=:)", line)) | ({head.strip()} if eq else set())
        used = set(re.findall(r"%[\w.]+", rest if eq else line)) - new
        if used - defined:
            return True
        defined |= new
    return False


@pytest.mark.parametrize("seeds", [range(0, 150), range(150, 300)])
def test_interpreter_runs_any_well_formed_module(seeds):
    """It exits with a status, or stops with its own error, never a Python crash."""
    from pyrite.ir.interp import InterpError, StepLimitExceeded, run_module

    for seed in seeds:
        module = generate(seed)
        out, err = io.StringIO(), io.StringIO()
        try:
            status = run_module(module, out, err, max_steps=2000)
        except (InterpError, StepLimitExceeded):
            continue
        traceback = err.getvalue().startswith("Traceback (most recent call last):\n")
        assert (status, err.getvalue()) == (0, "") or (status == 1 and traceback), seed


MUTATION_PIECES = ["%x", "^b", "@f0", "(", ")", ",", ":", "=", "{", "}", "i64", "slot<i64>", "load",
                   "store", "br", "cbr", "ret", "const.i64", '"s"', "1.5", "-", "loc(1:2)", "func",
                   "module", "global", "\n", "#", "nan", "none", "slot.none", "raise", "^entry", "%0"]


def mutate(text: str, rng: random.Random) -> str:
    """Delete a few characters, insert an IR token, or swap two lines."""
    for _ in range(rng.randint(1, 3)):
        i, roll = rng.randrange(len(text)), rng.random()
        if roll < 0.3:
            text = text[:i] + text[i + rng.randint(1, 8):]
        elif roll < 0.8:
            text = f"{text[:i]} {rng.choice(MUTATION_PIECES)} {text[i:]}"
        else:
            lines = text.split("\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
    return text


@pytest.mark.parametrize("seeds", [range(0, 400), range(400, 800)])
def test_mangled_text_is_rejected_with_a_diagnostic_never_a_crash(seeds):
    """Broken IR gives a CompileError (parser) or a VerifyError, nothing else."""
    from pyrite.diagnostics import CompileError
    from pyrite.ir.verifier import VerifyError

    for seed in seeds:
        rng = random.Random(seed)
        text = mutate(print_module(generate(seed % 300)), rng)
        try:
            verify(parse_module(text))
        except (CompileError, VerifyError):
            pass
