"""The program generator: a random, typed, terminating Pyrite v0 program per seed.

    text = generate(seed=7)                       # every feature may be drawn
    text = generate(seed=7, features={"int_arith", "while"})

Swarm testing: each program draws a random subset of FEATURES (unless given), so
some programs hammer a few constructs. Same seed and features, same text.

Soundness is by construction, never by luck:
- every int value carries an interval; every int variable has a box it always
  stays in (NORMAL, or ACC for accumulators that only grow by small steps), and
  an assignment whose interval leaves the box is wrapped (`% m`, `& mask`), so
  no program leaves 64 bits (where Pyrite raises OverflowError and CPython not);
- every float is finite and bounded by a magnitude (no inf, no nan) except in
  the deliberate raise at the end; transcendental functions get small arguments;
- a divisor is never zero: it is a nonzero literal or `(e % m + 1)`-shaped;
- loops have bounded trip counts, recursion a bounded depth, and a cost budget
  keeps the dynamic work (interpreter time) small;
- a name is in scope only after an assignment that dominates the read.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

FEATURES = (
    "int_arith", "float_arith", "bitwise", "bool_ops", "compare", "chain", "andor", "ifexp",
    "if", "while", "for", "break", "continue", "loop_else", "functions", "defaults", "keywords",
    "recursion", "globals", "math", "builtins", "print_sep", "raise", "augassign", "tuple_assign",
    "main_guard", "bigint", "float_special", "overflow",
)

SPECIAL = (  # print-only expressions of a finite float F with inf and nan
    "F * math.inf", "F / math.inf", "math.copysign(math.inf, F)", "min(F, math.nan)", "max(math.nan, F)",
    "math.isnan(F * math.inf)", "F < math.inf", "math.inf == F", "-math.inf < F", "(F * math.inf) != (F * math.inf)",
    "math.fmod(F, math.inf)", "math.atan(math.inf * F)", "math.exp(-math.inf)", "math.hypot(math.inf, math.nan)",
    "F - math.inf", "-(F * math.nan)", "abs(-math.inf)", "math.tanh(-math.inf * F)", "math.floor(F) == F",
    "(F + math.inf) - math.inf", "math.nan != F", "min(math.inf, F, -math.inf)", "math.isfinite(F / math.inf)",
)

NORMAL = 1 << 20  # int variables stay in [-NORMAL, NORMAL]
ACC = 1 << 44  # accumulators stay in [-ACC, ACC]
BIG = (1 << 62) - 1  # "bigint" literals: |v| <= BIG, so one add or sub of two operands stays in 64 bits
LIMIT = 1 << 50  # an int expression whose interval leaves this is wrapped before use
FNORMAL = 1e6  # float variables: |x| <= FNORMAL
FACC = 1e12
FLIMIT = 1e15
BUDGET = 4000  # dynamic statement executions, roughly
MAX_TRIP = 12


@dataclass
class Expr:
    text: str
    type: str  # "int" | "float" | "bool"
    lo: float = 0
    hi: float = 0

    @property
    def mag(self) -> float:
        return max(abs(self.lo), abs(self.hi))


@dataclass
class Var:
    name: str
    type: str
    box: float  # |value| <= box (ints and floats); 1 for bools
    acc: bool = False
    readonly: bool = False


@dataclass
class Func:
    name: str
    params: list[tuple[str, str, str | None]]  # name, type, default literal
    ret: str  # "int" | "float" | "bool" | "None"
    cost: int
    recursive: bool = False


@dataclass
class _Scope:
    vars: list[Var] = field(default_factory=list)


def generate(seed: int, features: set[str] | None = None) -> str:
    """The program text for `seed` (deterministic)."""
    return _Gen(seed, features).program()


def draw_features(rng: random.Random) -> set[str]:
    chosen = {f for f in FEATURES if rng.random() < 0.6}
    return chosen or {"int_arith"}


class _Gen:
    def __init__(self, seed: int, features: set[str] | None):
        self.rng = random.Random(seed)
        self.features = set(features) if features is not None else draw_features(self.rng)
        self.lines: list[str] = []
        self.indent = 0
        self.counter = 0
        self.scopes: list[_Scope] = []
        self.funcs: list[Func] = []
        self.globals: list[Var] = []
        self.writable_globals: set[str] = set()
        self.mult = 1  # how many times the current statement runs per call
        self.cost = 0
        self.loop_depth = 0
        self.in_function: Func | None = None
        self.depth = 0  # statement nesting
        self.pending: list[str] = []  # lines a loop body starts with (a while loop's counter step)

    # ---- helpers
    def has(self, feature: str) -> bool:
        return feature in self.features

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)
        self.cost += self.mult

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def visible(self, type_: str | None = None) -> list[Var]:
        out = [v for s in self.scopes for v in s.vars]
        out = out + [g for g in self.globals if g not in out]
        return [v for v in out if type_ is None or v.type == type_]

    def writable(self, type_: str) -> list[Var]:
        result = []
        for v in self.visible(type_):
            if v.readonly:
                continue
            if v in self.globals and self.in_function is not None and v.name not in self.writable_globals:
                continue
            result.append(v)
        return result

    def declare(self, var: Var) -> None:
        self.scopes[-1].vars.append(var)

    # ---- program
    def program(self) -> str:
        self.lines.append(f"# pyrite fuzz program; features: {' '.join(sorted(self.features))}")
        self.lines.append("import math")
        if self.has("raise"):
            self.lines.append("import sys")
        self.lines.append("")
        self.scopes.append(_Scope())
        if self.has("globals"):
            for _ in range(self.rng.randint(1, 3)):
                self.module_global()
        if self.has("functions") or self.has("recursion"):
            for _ in range(self.rng.randint(1, 4)):
                if self.has("recursion") and self.chance(0.3):
                    self.recursive_function()
                elif self.has("functions"):
                    self.function()
            if self.has("recursion") and not any(f.recursive for f in self.funcs):
                self.recursive_function()
        self.main_body()
        return "\n".join(self.lines) + "\n"

    def module_global(self) -> None:
        type_ = self.rng.choice(["int", "int", "float", "bool"])
        name = self.fresh("g")
        lit = self.literal(type_, big=False)
        self.lines.append(f"{name} = {lit.text}")
        var = Var(name, type_, NORMAL if type_ == "int" else FNORMAL if type_ == "float" else 1)
        self.globals.append(var)

    def main_body(self) -> None:
        self.lines.append("")
        guard = self.has("main_guard") and self.chance(0.5)
        if guard:
            self.lines.append('if __name__ == "__main__":')
            self.indent += 1
        self.scopes.append(_Scope())
        self.mult, self.cost = 1, 0
        self.block(self.rng.randint(6, 14))
        self.print_scope(self.scopes[-1])
        for g in self.globals:
            self.emit(f"print({g.name!r}, {g.name})")
        if self.has("raise") and self.chance(0.5):
            self.deliberate_raise()
        elif self.has("overflow") and self.chance(0.5):
            self.deliberate_overflow()
        self.scopes.pop()
        if guard:
            self.indent -= 1

    # ---- functions
    def signature_params(self) -> list[tuple[str, str, str | None]]:
        params = []
        defaults_from = None
        count = self.rng.randint(0, 4)
        if self.has("defaults") and count:
            defaults_from = self.rng.randint(0, count - 1)
        for i in range(count):
            type_ = self.rng.choice(["int", "int", "float", "bool"])
            default = None
            if defaults_from is not None and i >= defaults_from:
                default = self.literal(type_, big=False).text
            params.append((self.fresh("p"), type_, default))
        return params

    def function(self) -> None:
        ret = self.rng.choice(["int", "int", "float", "bool", "None"])
        params = self.signature_params()
        name = self.fresh("f")
        func = Func(name, params, ret, 0)
        sig = ", ".join(f"{p}: {t}" + (f" = {d}" if d is not None else "") for p, t, d in params)
        self.lines.append("")
        self.lines.append(f"def {name}({sig}) -> {ret}:")
        self.enter_function(func)
        if self.globals and self.has("globals") and self.chance(0.6):
            chosen = [g for g in self.globals if self.chance(0.5)]
            if chosen:
                self.emit("global " + ", ".join(g.name for g in chosen))
                self.writable_globals = {g.name for g in chosen}
        for p, t, _ in params:
            self.declare(Var(p, t, NORMAL if t == "int" else FNORMAL if t == "float" else 1))
        self.block(self.rng.randint(2, 6))
        self.print_scope(self.scopes[-1])
        if ret != "None":
            self.emit(f"return {self.boxed(self.expr(ret), ret).text}")
        elif self.chance(0.3):
            self.emit("return")
        self.leave_function(func)

    def recursive_function(self) -> None:
        ret = self.rng.choice(["int", "int", "float"])
        name = self.fresh("r")
        n, a = self.fresh("n"), self.fresh("p")
        func = Func(name, [(n, "int", None), (a, ret, None)], ret, 0, recursive=True)
        self.lines.append("")
        self.lines.append(f"def {name}({n}: int, {a}: {ret}) -> {ret}:")
        self.enter_function(func)
        self.declare(Var(n, "int", 8, readonly=True))
        self.declare(Var(a, ret, NORMAL if ret == "int" else FNORMAL))
        self.emit(f"if {n} <= 0:")
        self.indent += 1
        self.emit(f"return {a}")
        self.indent -= 1
        self.mult = 8  # depth bound (argument is wrapped to [0, 7] at the call)
        twice = self.chance(0.3)
        if twice:
            self.mult = 128
        self.block(self.rng.randint(1, 3))
        arg = self.boxed(self.expr(ret), ret).text
        call = f"{name}({n} - 1, {arg})"
        if twice:
            call2 = f"{name}({n} - 2, {a})"
            self.emit(f"return {self.wrap_text(f'({call} + {call2})', ret)}")
        else:
            other = self.boxed(self.expr(ret), ret)
            op = self.rng.choice(["+", "-"])
            self.emit(f"return {self.wrap_text(f'({call} {op} {other.text})', ret)}")
        self.leave_function(func)

    def wrap_text(self, text: str, type_: str) -> str:
        if type_ == "int":
            return f"{text} % {self.rng.choice([97, 1000, 65536, 1000003 % NORMAL])}"
        return f"math.fmod({text}, {self.rng.choice(['1000.0', '7.5', '100000.0'])})"

    def enter_function(self, func: Func) -> None:
        self.in_function = func
        self.indent += 1
        self.scopes.append(_Scope())
        self.mult, self.cost = 1, 0
        self.writable_globals = set()

    def leave_function(self, func: Func) -> None:
        if not self.lines[-1].strip() or self.lines[-1].rstrip().endswith(":"):
            self.emit("pass")
        func.cost = self.cost + 1
        self.scopes.pop()
        self.indent -= 1
        self.in_function = None
        self.writable_globals = set()
        self.funcs.append(func)

    # ---- statements
    def block(self, count: int) -> None:
        for _ in range(count):
            self.statement()

    def statement(self) -> None:
        kinds = ["assign", "assign", "assign", "print"]
        if self.writable("int") or self.writable("float") or self.writable("bool"):
            kinds += ["reassign", "reassign"]
        if self.has("augassign"):
            kinds += ["augassign", "augassign"]
        if self.has("tuple_assign"):
            kinds.append("tuple")
        if self.depth < 3:
            for f in ("if", "while", "for"):
                if self.has(f):
                    kinds += [f, f]
        if self.loop_depth and (self.has("break") or self.has("continue")):
            kinds.append("jump")
        if self.funcs and any(f.ret == "None" for f in self.funcs):
            kinds.append("call")
        if self.has("float_special"):
            kinds.append("special")
        getattr(self, "stmt_" + self.rng.choice(kinds))()

    def stmt_assign(self) -> None:
        type_ = self.rng.choice(["int", "int", "float", "bool"])
        acc = type_ != "bool" and self.has("augassign") and self.chance(0.3)
        e = self.boxed(self.expr(type_), type_)
        name = self.fresh("a" if acc else "v")
        self.emit(f"{name} = {e.text}")
        box = (ACC if acc else NORMAL) if type_ == "int" else (FACC if acc else FNORMAL) if type_ == "float" else 1
        self.declare(Var(name, type_, box, acc=acc))

    def stmt_reassign(self) -> None:
        choices = [v for t in ("int", "float", "bool") for v in self.writable(t)]
        if not choices:
            return self.stmt_assign()
        var = self.rng.choice(choices)
        e = self.boxed(self.expr(var.type), var.type)
        self.emit(f"{var.name} = {e.text}")

    def stmt_augassign(self) -> None:
        accs = [v for v in self.writable("int") + self.writable("float") if v.acc]
        normals = [v for v in self.writable("int") + self.writable("float") if not v.acc]
        if accs and self.chance(0.7):
            var = self.rng.choice(accs)
            op = self.rng.choice(["+=", "-="])
            step = self.expr(var.type)
            if step.mag > (NORMAL if var.type == "int" else FNORMAL):
                step = self.boxed(step, var.type)
            self.emit(f"{var.name} {op} {step.text}")
        elif normals:
            var = self.rng.choice(normals)
            if var.type == "int":
                op, rhs = self.rng.choice([("%=", self.rng.choice(["7", "1000", "-13"])), ("//=", self.rng.choice(["3", "-2", "7"])),
                                           ("&=", "0xFFF"), (">>=", str(self.rng.randint(0, 5)))])
            else:
                op, rhs = self.rng.choice([("*=", "0.5"), ("/=", "-3.0"), ("%=", "2.5"), ("//=", "1.5")])
            self.emit(f"{var.name} {op} {rhs}")
        else:
            self.stmt_assign()

    def stmt_tuple(self) -> None:
        ints = [v for v in self.writable("int") if not v.acc]
        if len(ints) >= 2 and self.chance(0.5):
            a, b = self.rng.sample(ints, 2)
            self.emit(f"{a.name}, {b.name} = {b.name}, {a.name}")
            return
        dividend = self.int_expr(2)
        divisor = self.nonzero_int(self.int_expr(1))
        q, r = self.fresh("q"), self.fresh("r")
        self.emit(f"{q}, {r} = divmod({dividend.text}, {divisor.text})")
        self.declare(Var(q, "int", max(dividend.mag, 1), readonly=True))  # |a // d| <= |a| when d != 0
        self.declare(Var(r, "int", divisor.mag, readonly=True))

    def stmt_print(self) -> None:
        count = self.rng.randint(1, 4)
        args = []
        for _ in range(count):
            if self.chance(0.2):
                args.append(repr(self.rng.choice(["x", "=", "val:", "", " | ", "a b"])))
            else:
                args.append(self.expr(self.rng.choice(["int", "float", "bool"])).text)
        extra = ""
        if self.has("print_sep") and self.chance(0.5):
            if self.chance(0.5):
                extra += f", sep={self.rng.choice(['', ',', ' - ', '|'])!r}"
            if self.chance(0.5):
                extra += f", end={self.rng.choice(['', ';', ' ', chr(10) + '>'])!r}"
        self.emit(f"print({', '.join(args)}{extra})")

    def stmt_special(self) -> None:
        picks = self.rng.sample(SPECIAL, self.rng.randint(1, 4))
        args = [p.replace("F", self.float_expr(1).text) for p in picks]
        self.emit(f"print({', '.join(args)})")

    def stmt_call(self) -> None:
        procs = [f for f in self.funcs if f.ret == "None" and f.cost * self.mult <= BUDGET and self.cost + f.cost * self.mult <= BUDGET]
        if not procs:
            return self.stmt_print()
        self.emit(self.call_text(self.rng.choice(procs)))

    def stmt_jump(self) -> None:
        kinds = [k for k in ("break", "continue") if self.has(k)]
        self.emit(f"if {self.bool_expr(2).text}:")
        self.indent += 1
        self.emit(self.rng.choice(kinds))
        self.indent -= 1

    def nested(self, body, count: int) -> None:
        self.indent += 1
        self.depth += 1
        self.scopes.append(_Scope())
        before = len(self.lines)
        body(count)
        self.print_scope(self.scopes[-1])
        if len(self.lines) == before:
            self.emit("pass")
        self.scopes.pop()
        self.depth -= 1
        self.indent -= 1

    def stmt_if(self) -> None:
        self.emit(f"if {self.bool_expr(3).text}:")
        self.nested(self.block, self.rng.randint(1, 3))
        for _ in range(self.rng.randint(0, 2)):
            self.emit(f"elif {self.bool_expr(3).text}:")
            self.nested(self.block, self.rng.randint(1, 3))
        if self.chance(0.5):
            self.emit("else:")
            self.nested(self.block, self.rng.randint(1, 3))

    def trip(self) -> int:
        room = max(1, BUDGET // max(1, self.mult * 4))
        return max(1, min(MAX_TRIP, room, self.rng.randint(1, MAX_TRIP)))

    def loop_body(self, trips: int, header_vars: list[Var]) -> None:
        saved = self.mult
        self.mult *= trips
        self.loop_depth += 1
        self.indent += 1
        self.depth += 1
        self.scopes.append(_Scope(list(header_vars)))
        for line in self.pending:
            self.emit(line)
        self.block(self.rng.randint(1, 4))
        self.print_scope(self.scopes[-1], skip=header_vars)
        self.scopes.pop()
        self.depth -= 1
        self.indent -= 1
        self.loop_depth -= 1
        self.mult = saved
        if self.has("loop_else") and self.chance(0.4):
            self.emit("else:")
            self.pending = []
            self.nested(self.block, self.rng.randint(1, 2))

    def stmt_while(self) -> None:
        trips = self.trip()
        w = self.fresh("w")
        self.emit(f"{w} = 0")
        cond = f"{w} < {trips}"
        if self.chance(0.4):
            cond += f" {self.rng.choice(['and', 'or'])} {self.bool_expr(2).text}" if self.has("andor") else ""
            if " or " in cond:
                cond = f"{w} < {trips}"
        self.emit(f"while {cond}:")
        self.pending = [f"{w} += 1"]
        self.loop_body(trips, [])
        self.declare(Var(w, "int", trips, readonly=True))

    def stmt_for(self) -> None:
        trips = self.trip()
        i = self.fresh("i")
        step = self.rng.choice([1, 1, 2, 3, -1, -2, -3])
        start = self.rng.randint(-10, 10)
        if self.chance(0.5) and self.visible("int"):
            # a stop from a variable, bounded so that the trip count stays <= trips
            src = self.rng.choice(self.visible("int"))
            span = abs(step) * trips
            stop = f"{start} + {src.name} % {span + 1}" if step > 0 else f"{start} - {src.name} % {span + 1}"
        else:
            stop = str(start + step * self.rng.randint(-1, trips))
        if step == 1 and self.chance(0.3) and start >= 0:
            header = f"range({trips})"
            lo, hi = 0, trips
        else:
            header = f"range({start}, {stop}, {step})" if step != 1 or self.chance(0.5) else f"range({start}, {stop})"
            lo, hi = start - abs(step) * (trips + 1), start + abs(step) * (trips + 1)
        self.emit(f"for {i} in {header}:")
        self.pending = []
        var = Var(i, "int", max(abs(lo), abs(hi)), readonly=True)
        self.loop_body(trips, [var])

    def print_scope(self, scope: _Scope, skip: list[Var] | None = None) -> None:
        """Print the (last few) variables a block assigned, so a wrong value shows."""
        names = [v.name for v in scope.vars if not skip or v not in skip]
        if not names:
            return
        names = names[-6:]
        self.emit(f"print({', '.join(names)})")

    def deliberate_overflow(self) -> None:
        """End with an int that leaves 64 bits: CPython prints it, Pyrite must raise OverflowError.

        The oracle accepts Pyrite's output when it is CPython's cut just before
        the line that prints the first out-of-range int.
        """
        x = self.rng.choice([v.name for v in self.visible("int") if v.box <= ACC] or ["5"])
        self.emit("# deliberate overflow")
        acc, k = self.fresh("o"), self.fresh("k")
        kind = self.rng.randrange(6)
        if kind == 0:
            self.emit(f"{acc} = abs({x}) % 1000 + 2")
            self.emit(f"for {k} in range(70):")
            self.emit(f"    {acc} = {acc} * {self.rng.choice([2, 3, 7, -3])} + {k}")
            self.emit(f"    print({acc})")
        elif kind == 1:
            self.emit(f"{acc} = abs({x}) % 1000 + 2")
            self.emit(f"for {k} in range(130):  # 1.5 ** 110 > 2 ** 63")
            self.emit(f"    {acc} = {acc} + {acc} // 2 + 1")
            self.emit(f"    print({acc}, end=' ')")
        elif kind == 2:
            self.emit(f"print((abs({x}) + 3) * 4611686018427387903)")
        elif kind == 3:
            self.emit(f"print((abs({x}) % 50 + 2) ** 64)")
        elif kind == 4:
            self.emit(f"print((-9223372036854775807 - 1) - (abs({x}) % 9 + 1))")
        else:
            self.emit(f"print(math.factorial(21 + abs({x}) % 5))")

    def deliberate_raise(self) -> None:
        ints = [v.name for v in self.visible("int")] or ["7"]
        x = self.rng.choice(ints)
        kind = self.rng.randrange(8)
        if kind == 0:
            self.emit(f"print({x} // ({x} - {x}))")
        elif kind == 1:
            self.emit(f"print({x} % 0)")
        elif kind == 2:
            self.emit(f"print(math.sqrt(-1.0 - abs(float({x}))))")
        elif kind == 3:
            self.emit(f"assert {x} != {x}, \"deliberate\"")
        elif kind == 4:
            self.emit("assert False")
        elif kind == 5:
            self.emit(f"print(int(float({x}) * math.nan))")
        elif kind == 6:
            self.emit(f"sys.exit({self.rng.randint(0, 5)})")
        else:
            self.emit('raise ValueError("deliberate")')

    # ---- expressions
    def literal(self, type_: str, big: bool = True) -> Expr:
        if type_ == "int" and big and self.has("bigint") and self.chance(0.15):
            v = self.rng.choice([2**53, 2**53 + 1, 2**62 - 1, -(2**62) + 1, 2**61 + 12345, 10**18, -(10**17) - 3, 2**60])
            return Expr(f"({v})" if v < 0 else str(v), "int", v, v)
        if type_ == "int":
            v = self.rng.choice([0, 1, 2, 3, -1, 7, 10, 100, -42, 255, 1000, 65535, self.rng.randint(-1000, 1000)])
            return Expr(str(v) if v >= 0 else f"({v})" if self.chance(0.3) else str(v), "int", v, v)
        if type_ == "float":
            v = self.rng.choice([0.0, 0.5, 1.0, 2.0, -1.5, 0.1, 3.14159, 1e-3, 123.25, -0.0, 2.5e5, self.rng.randint(-999, 999) / 8])
            return Expr(repr(v) if not str(v).startswith("-") else f"({v!r})", "float", -abs(v), abs(v))
        return Expr(self.rng.choice(["True", "False"]), "bool", 0, 1)

    def expr(self, type_: str, depth: int = 3) -> Expr:
        if type_ == "int":
            return self.int_expr(depth)
        if type_ == "float":
            return self.float_expr(depth)
        return self.bool_expr(depth)

    def leaf(self, type_: str) -> Expr:
        vars_ = self.visible(type_)
        if vars_ and self.chance(0.75):
            v = self.rng.choice(vars_)
            return Expr(v.name, type_, -v.box, v.box)
        return self.literal(type_)

    def boxed(self, e: Expr, type_: str) -> Expr:
        """`e` wrapped so that it fits a NORMAL variable."""
        if type_ == "int" and e.mag > NORMAL:
            m = self.rng.choice([97, 1000, 4096, 65536, 1000003 % NORMAL])
            if self.chance(0.5):
                return Expr(f"(({e.text}) % {m})", "int", 0, m - 1)
            return Expr(f"(({e.text}) & 0xFFFF)", "int", 0, 0xFFFF)
        if type_ == "float" and e.mag > FNORMAL:
            return Expr(f"math.fmod({e.text}, 1000.0)", "float", -1000.0, 1000.0)
        return e

    def small(self, e: Expr, limit: float) -> Expr:
        if e.mag <= limit:
            return e
        if e.type == "int":
            return Expr(f"(({e.text}) % 1000)", "int", 0, 999)
        return Expr(f"math.fmod({e.text}, 100.0)", "float", -100.0, 100.0)

    def nonzero_int(self, e: Expr) -> Expr:
        if e.lo > 0 or e.hi < 0:
            return e
        m = self.rng.choice([3, 7, 10, 16, 101])
        sign = "-" if self.chance(0.3) else ""
        if sign:
            return Expr(f"-({e.text} % {m} + 1)", "int", -m, -1)
        return Expr(f"({e.text} % {m} + 1)", "int", 1, m)

    def nonzero_float(self, e: Expr) -> Expr:
        sign = "-" if self.chance(0.3) else ""
        return Expr(f"{sign}(abs({e.text}) + {self.rng.choice(['1.0', '0.5', '2.0'])})", "float", -e.mag - 2.0, e.mag + 2.0)

    def int_expr(self, depth: int) -> Expr:
        own = [("int_arith", ["add", "add", "mul", "div", "unary", "pow"]),
               ("bitwise", ["bit", "shift", "invert"])]
        return self.typed_expr("int", depth, own, math_weight=1, limit=LIMIT)

    def typed_expr(self, ty: str, depth: int, own: list, math_weight: int, limit: float) -> Expr:
        """An expression of type `ty`, drawn from the kinds the program's features allow:
        its own (feature, kinds) pairs first, then the kinds int and float share."""
        if depth <= 0 or self.chance(0.25):
            return self.leaf(ty)
        kinds = ["leaf"]
        for feature, names in own:
            if self.has(feature):
                kinds += names
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.has("andor"):
            kinds.append("andor")
        if self.has("builtins"):
            kinds += ["builtin", "convert"]
        if self.has("math"):
            kinds += ["math"] * math_weight
        if self.funcs:
            kinds.append("call")
        e = getattr(self, f"{ty}_" + self.rng.choice(kinds))(depth - 1)
        if e.mag > limit:
            e = self.boxed(e, ty)
        return e

    def int_leaf(self, d: int) -> Expr:
        return self.leaf("int")

    def int_add(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        if self.chance(0.5):
            return Expr(f"({a.text} + {b.text})", "int", a.lo + b.lo, a.hi + b.hi)
        return Expr(f"({a.text} - {b.text})", "int", a.lo - b.hi, a.hi - b.lo)

    def int_mul(self, d: int) -> Expr:
        a, b = self.small(self.int_expr(d), 1 << 24), self.small(self.int_expr(d), 1 << 24)
        ps = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return Expr(f"({a.text} * {b.text})", "int", min(ps), max(ps))

    def int_div(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.nonzero_int(self.int_expr(d))
        if self.chance(0.5):
            return Expr(f"({a.text} // {b.text})", "int", -a.mag - 1, a.mag + 1)
        return Expr(f"({a.text} % {b.text})", "int", -b.mag, b.mag)

    def int_unary(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.5):
            return Expr(f"(-{a.text})", "int", -a.hi, -a.lo)
        return Expr(f"(+{a.text})", "int", a.lo, a.hi)

    def int_pow(self, d: int) -> Expr:
        a = self.small(self.int_expr(d), 1000)
        e = self.rng.randint(0, 4)
        if a.mag > 100 and e > 2:
            a = Expr(f"({a.text} % 16)", "int", 0, 15)
        m = a.mag ** e
        if self.has("builtins") and self.chance(0.3):
            mod = self.rng.choice([7, 13, 1000, 65537, -7, 1])
            return Expr(f"pow({a.text}, {e}, {mod})", "int", min(0, mod + 1), max(0, mod - 1))
        if self.has("builtins") and self.chance(0.3):
            return Expr(f"pow({a.text}, {e})", "int", -m, m)
        return Expr(f"(({a.text}) ** {e})", "int", -m, m)

    def int_bit(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.4):
            mask = self.rng.choice([0xFF, 0xFFFF, 7, 0x5555, 1])
            return Expr(f"({a.text} & {mask:#x})", "int", 0, mask)
        b = self.int_expr(d)
        bits = int(max(a.mag, b.mag)).bit_length()
        op = self.rng.choice(["&", "|", "^"])
        return Expr(f"({a.text} {op} {b.text})", "int", -(1 << bits), (1 << bits) - 1)

    def int_shift(self, d: int) -> Expr:
        a = self.int_expr(d)
        if self.chance(0.5):
            s = self.rng.choice([0, 1, 3, 7, 20, 31, 62, 63, 64, 65, 100]) if self.chance(0.5) else self.rng.randint(0, 20)
            return Expr(f"({a.text} >> {s})", "int", -a.mag, a.mag)
        a = self.small(a, 1 << 20)
        s = self.rng.randint(0, 12)
        return Expr(f"({a.text} << {s})", "int", -a.mag * (1 << s), a.mag * (1 << s))

    def int_invert(self, d: int) -> Expr:
        a = self.int_expr(d)
        return Expr(f"(~{a.text})", "int", -a.hi - 1, -a.lo - 1)

    def int_ifexp(self, d: int) -> Expr:
        a, b, c = self.int_expr(d), self.int_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "int", min(a.lo, b.lo), max(a.hi, b.hi))

    def int_andor(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        op = self.rng.choice(["and", "or"])
        return Expr(f"({a.text} {op} {b.text})", "int", min(a.lo, b.lo, 0), max(a.hi, b.hi, 0))

    def int_builtin(self, d: int) -> Expr:
        a, b = self.int_expr(d), self.int_expr(d)
        k = self.rng.randrange(4)
        if k == 0:
            return Expr(f"abs({a.text})", "int", 0, a.mag)
        if k == 1:
            fn = self.rng.choice(["min", "max"])
            args = [a, b] + ([self.int_expr(d)] if self.chance(0.3) else [])
            return Expr(f"{fn}({', '.join(x.text for x in args)})", "int", min(x.lo for x in args), max(x.hi for x in args))
        if k == 2:
            if self.chance(0.5):
                return Expr(f"round({a.text}, {self.rng.randint(-3, 1)})", "int", -a.mag - 1000, a.mag + 1000)
            return Expr(f"round({a.text})", "int", a.lo, a.hi)
        b = self.nonzero_int(b)
        return Expr(f"({a.text} // {b.text})", "int", -a.mag - 1, a.mag + 1)

    def int_convert(self, d: int) -> Expr:
        k = self.rng.randrange(3)
        if k == 0:
            f = self.small(self.float_expr(d), 1e12)
            return Expr(f"int({f.text})", "int", -f.mag, f.mag)
        if k == 1:
            f = self.small(self.float_expr(d), 1e12)
            return Expr(f"round({f.text})", "int", -f.mag - 1, f.mag + 1)
        b = self.bool_expr(d)
        return Expr(f"int({b.text})", "int", 0, 1)

    def int_math(self, d: int) -> Expr:
        k = self.rng.randrange(4)
        if k == 0:
            f = self.small(self.float_expr(d), 1e12)
            fn = self.rng.choice(["floor", "ceil", "trunc"])
            return Expr(f"math.{fn}({f.text})", "int", -f.mag - 1, f.mag + 1)
        if k == 1:
            a, b = self.int_expr(d), self.int_expr(d)
            return Expr(f"math.gcd({a.text}, {b.text})", "int", 0, max(a.mag, b.mag))
        if k == 2:
            a = self.int_expr(d)
            return Expr(f"math.factorial({a.text} % 10)" if a.lo < 0 or a.hi > 9 else f"math.factorial({a.text})", "int", 1, 362880)
        f = self.small(self.float_expr(d), 1e12)
        return Expr(f"int(round({f.text}, {self.rng.randint(0, 3)}))", "int", -f.mag - 1, f.mag + 1)

    def call_text(self, f: Func) -> str:
        if f.recursive:
            n = self.int_expr(1)
            n_text = f"{n.text} % 8" if n.lo < 0 or n.hi > 7 else n.text
            a = self.boxed(self.expr(f.params[1][1], 2), f.params[1][1])
            return f"{f.name}({n_text}, {a.text})"
        args = []
        keyword = False
        for p, t, default in f.params:
            if default is not None and self.chance(0.4):
                keyword = True  # skipped: later ones must be keywords
                continue
            value = self.boxed(self.expr(t, 2), t).text
            if keyword or (self.has("keywords") and self.chance(0.3)):
                keyword = True
                args.append(f"{p}={value}")
            else:
                args.append(value)
        return f"{f.name}({', '.join(args)})"

    def callable_funcs(self, ret: str) -> list[Func]:
        return [f for f in self.funcs if f.ret == ret and self.cost + f.cost * self.mult <= BUDGET]

    def int_call(self, d: int) -> Expr:
        fs = self.callable_funcs("int")
        if not fs:
            return self.leaf("int")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "int", -NORMAL, NORMAL)

    # floats
    def float_expr(self, depth: int) -> Expr:
        own = [("float_arith", ["add", "add", "mul", "div", "mod", "unary", "pow", "mixed"])]
        return self.typed_expr("float", depth, own, math_weight=2, limit=FLIMIT)

    def float_leaf(self, d: int) -> Expr:
        return self.leaf("float")

    def float_add(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        op = self.rng.choice(["+", "-"])
        return Expr(f"({a.text} {op} {b.text})", "float", -(a.mag + b.mag), a.mag + b.mag)

    def float_mul(self, d: int) -> Expr:
        a, b = self.small(self.float_expr(d), 1e6), self.small(self.float_expr(d), 1e6)
        return Expr(f"({a.text} * {b.text})", "float", -a.mag * b.mag, a.mag * b.mag)

    def float_div(self, d: int) -> Expr:
        a = self.float_expr(d)
        if self.chance(0.3):
            i, j = self.int_expr(d), self.nonzero_int(self.int_expr(d))
            return Expr(f"({i.text} / {j.text})", "float", -i.mag, i.mag)
        b = self.nonzero_float(self.float_expr(d))
        return Expr(f"({a.text} / {b.text})", "float", -2 * a.mag, 2 * a.mag)

    def float_mod(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.nonzero_float(self.float_expr(d))
        if self.chance(0.5):
            return Expr(f"({a.text} // {b.text})", "float", -2 * a.mag - 1, 2 * a.mag + 1)
        return Expr(f"({a.text} % {b.text})", "float", -b.mag, b.mag)

    def float_unary(self, d: int) -> Expr:
        a = self.float_expr(d)
        return Expr(f"(-{a.text})", "float", -a.mag, a.mag)

    def float_pow(self, d: int) -> Expr:
        a = self.small(self.float_expr(d), 1000.0)
        k = self.rng.randrange(3)
        if k == 0:
            return Expr(f"(abs({a.text}) ** 0.5)", "float", 0, math.sqrt(a.mag) + 1)
        if k == 1:
            e = self.rng.randint(0, 3)
            return Expr(f"(({a.text}) ** {e})", "float", -(a.mag ** e) - 1, a.mag ** e + 1)
        return Expr(f"((abs({a.text}) + 1.0) ** -1.5)", "float", 0, 1)

    def float_mixed(self, d: int) -> Expr:
        i, f = self.small(self.int_expr(d), 1e6), self.small(self.float_expr(d), 1e6)
        op = self.rng.choice(["+", "-", "*"])
        m = i.mag * f.mag if op == "*" else i.mag + f.mag
        return Expr(f"({i.text} {op} {f.text})" if self.chance(0.5) else f"({f.text} {op} {i.text})", "float", -m, m)

    def float_ifexp(self, d: int) -> Expr:
        a, b, c = self.float_expr(d), self.float_expr(d), self.bool_expr(d)
        m = max(a.mag, b.mag)
        return Expr(f"({a.text} if {c.text} else {b.text})", "float", -m, m)

    def float_andor(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        m = max(a.mag, b.mag)
        return Expr(f"({a.text} {self.rng.choice(['and', 'or'])} {b.text})", "float", -m, m)

    def float_builtin(self, d: int) -> Expr:
        a, b = self.float_expr(d), self.float_expr(d)
        k = self.rng.randrange(3)
        if k == 0:
            return Expr(f"abs({a.text})", "float", 0, a.mag)
        if k == 1:
            fn = self.rng.choice(["min", "max"])
            m = max(a.mag, b.mag)
            return Expr(f"{fn}({a.text}, {b.text})", "float", -m, m)
        return Expr(f"round({a.text}, {self.rng.randint(0, 4)})", "float", -a.mag - 1, a.mag + 1)

    def float_convert(self, d: int) -> Expr:
        if self.chance(0.7):
            i = self.int_expr(d)
            return Expr(f"float({i.text})", "float", -i.mag, i.mag)
        return Expr(f"float({self.bool_expr(d).text})", "float", 0, 1)

    def float_math(self, d: int) -> Expr:
        a = self.float_expr(d)
        k = self.rng.randrange(12)
        if k == 0:
            return Expr(f"math.sqrt(abs({a.text}))", "float", 0, math.sqrt(a.mag) + 1)
        if k == 1:
            return Expr(f"math.exp(math.fmod({a.text}, 10.0))", "float", 0, 22027)
        if k == 2:
            fn = self.rng.choice(["log", "log2", "log10"])
            return Expr(f"math.{fn}(abs({a.text}) + 1.0)", "float", 0, 60)
        if k == 3:
            fn = self.rng.choice(["sin", "cos", "atan", "tanh"])
            a = self.small(a, 1e6)
            return Expr(f"math.{fn}({a.text})", "float", -2, 2)
        if k == 4:
            fn = self.rng.choice(["asin", "acos"])
            return Expr(f"math.{fn}(math.fmod({a.text}, 1.0))", "float", -4, 4)
        if k == 5:
            fn = self.rng.choice(["sinh", "cosh"])
            return Expr(f"math.{fn}(math.fmod({a.text}, 5.0))", "float", -75, 75)
        if k == 6:
            b = self.float_expr(d)
            return Expr(f"math.atan2({a.text}, {b.text})", "float", -4, 4)
        if k == 7:
            b = self.float_expr(d)
            return Expr(f"math.hypot({a.text}, {b.text})", "float", 0, a.mag + b.mag)
        if k == 8:
            b = self.float_expr(d)
            return Expr(f"math.copysign({a.text}, {b.text})", "float", -a.mag, a.mag)
        if k == 9:
            b = self.nonzero_float(self.float_expr(d))
            return Expr(f"math.fmod({a.text}, {b.text})", "float", -b.mag, b.mag)
        if k == 10:
            return Expr(f"math.fabs({a.text})", "float", 0, a.mag)
        c = self.rng.choice(["pi", "e", "tau"])
        return Expr(f"math.{c}", "float", -7, 7)

    def float_call(self, d: int) -> Expr:
        fs = self.callable_funcs("float")
        if not fs:
            return self.leaf("float")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "float", -FNORMAL, FNORMAL)

    # bools
    def bool_expr(self, depth: int) -> Expr:
        if depth <= 0 or self.chance(0.2):
            return self.bool_compare(depth - 1) if self.has("compare") and self.chance(0.7) else self.leaf("bool")
        kinds = ["leaf"]
        if self.has("compare"):
            kinds += ["compare", "compare", "compare"]
        if self.has("chain"):
            kinds.append("chain")
        if self.has("bool_ops"):
            kinds += ["not", "andor"]
        if self.has("andor"):
            kinds.append("andor")
        if self.has("builtins"):
            kinds.append("convert")
        if self.has("math"):
            kinds.append("math")
        if self.has("ifexp"):
            kinds.append("ifexp")
        if self.funcs:
            kinds.append("call")
        return getattr(self, "bool_" + self.rng.choice(kinds))(depth - 1)

    def bool_leaf(self, d: int) -> Expr:
        return self.leaf("bool")

    def operand(self, d: int) -> Expr:
        return self.int_expr(d) if self.chance(0.6) else self.float_expr(d)

    def bool_compare(self, d: int) -> Expr:
        a, b = self.operand(max(d, 0)), self.operand(max(d, 0))
        op = self.rng.choice(["<", "<=", ">", ">=", "==", "!="])
        return Expr(f"({a.text} {op} {b.text})", "bool")

    def bool_chain(self, d: int) -> Expr:
        parts = [self.operand(d).text]
        for _ in range(self.rng.randint(2, 3)):
            parts.append(self.rng.choice(["<", "<=", ">", ">=", "==", "!="]))
            parts.append(self.operand(d).text)
        return Expr(f"({' '.join(parts)})", "bool")

    def bool_not(self, d: int) -> Expr:
        return Expr(f"(not {self.bool_expr(d).text})", "bool")

    def bool_andor(self, d: int) -> Expr:
        a, b = self.bool_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} {self.rng.choice(['and', 'or'])} {b.text})", "bool")

    def bool_convert(self, d: int) -> Expr:
        e = self.operand(d)
        return Expr(f"bool({e.text})", "bool")

    def bool_math(self, d: int) -> Expr:
        fn = self.rng.choice(["isnan", "isinf", "isfinite"])
        return Expr(f"math.{fn}({self.float_expr(d).text})", "bool")

    def bool_ifexp(self, d: int) -> Expr:
        a, b, c = self.bool_expr(d), self.bool_expr(d), self.bool_expr(d)
        return Expr(f"({a.text} if {c.text} else {b.text})", "bool")

    def bool_call(self, d: int) -> Expr:
        fs = self.callable_funcs("bool")
        if not fs:
            return self.leaf("bool")
        f = self.rng.choice(fs)
        self.cost += f.cost * self.mult
        return Expr(self.call_text(f), "bool")
