"""Functions: signatures with defaults, ordinary and recursive bodies, and calls to them.

A function's cost (dynamic statements per call) is measured while its body is
generated, so a call is only placed where the program's budget still has room.
Recursion depth is bounded by an argument wrapped to [0, 7] at every call.
"""

from __future__ import annotations

from .ranges import BUDGET, CHEAP, FNORMAL, NORMAL, PARAM, STRBOX, Func, Scope, Var
from .shapes import kind, opt_inner, sized, uses_new, value_types


def defaultable(t: str) -> bool:
    return t in ("int", "float", "bool", "str") or kind(t) == "opt"


class Functions:
    """Generator methods for `def`s and calls (mixed into Generator)."""

    def signature_params(self) -> list[tuple[str, str, str | None]]:
        params = []
        defaults_from = None
        count = self.rng.randint(0, 4)
        if self.has("defaults") and count:
            defaults_from = self.rng.randint(0, count - 1)
        types = [self.rng.choice(["int", "int", "float", "bool"] + (value_types(self) if uses_new(self) else []))
                 for _ in range(count)]
        types.sort(key=defaultable)  # a container or function value has no default: it comes first
        for i, type_ in enumerate(types):
            default = None
            if defaults_from is not None and i >= defaults_from and defaultable(type_):
                default = self.default_text(type_)
            params.append((self.fresh("p"), type_, default))
        return params

    def default_text(self, t: str) -> str:
        """A parameter's default: Pyrite takes a literal number, str, True, False or None."""
        if kind(t) == "opt":
            scalar = opt_inner(t) in ("int", "float", "bool", "str")
            return "None" if self.chance(0.7) or not scalar else self.literal(opt_inner(t), big=False).text
        return self.literal(t, big=False).text

    def func_param_var(self, name: str, t: str) -> Var:
        if t in ("int", "float", "bool"):
            return Var(name, t, NORMAL if t == "int" else FNORMAL if t == "float" else 1)
        var = Var(name, t, self.box_of(t) if sized(t) else 0, owner=PARAM, cost=CHEAP)
        if kind(t) == "opt":
            var.box = {"int": NORMAL, "float": FNORMAL}.get(opt_inner(t)) or self.box_of(opt_inner(t))
        return var

    def function(self) -> None:
        rets = ["int", "int", "float", "bool", "None"]
        if uses_new(self):
            rets += [t for t in value_types(self) if kind(t) != "fn"]
        ret = self.rng.choice(rets)
        params = self.signature_params()
        name = self.fresh("f")
        func = Func(name, params, ret, 0)
        sig = ", ".join(f"{p}: {t}" + (f" = {d}" if d is not None else "") for p, t, d in params)
        self.lines.append("")
        self.lines.append(f"def {name}({sig}) -> {ret}:")
        self.enter_function(func)
        if self.has("exprstmt") and self.chance(0.3):
            self.emit(f'"""{name}: a generated function."""')
        if self.globals and self.has("globals") and self.chance(0.6):
            chosen = [g for g in self.globals if self.chance(0.5)]
            if chosen:
                self.emit("global " + ", ".join(g.name for g in chosen))
                self.writable_globals = {g.name for g in chosen}
        for p, t, _ in params:
            self.declare(self.func_param_var(p, t))
        if self.has("lambdas") and self.chance(0.3):
            self.nested_def()
        self.block(self.rng.randint(2, 5) if uses_new(self) else self.rng.randint(2, 6))
        self.print_scope(self.scopes[-1])
        if ret in ("int", "float", "bool"):
            self.emit(f"return {self.boxed(self.expr(ret), ret).text}")
        elif ret == "None":
            if self.chance(0.3):
                self.emit("return")
        elif kind(ret) != "opt" or self.chance(0.7):  # an optional may fall off the end: None
            e = self.stored(self.expr(ret, 3), ret)
            func.ret_lo = min([int(e.lo)] + self.returned_lo) if sized(ret) else 0
            self.emit(f"return {e.text}")
        self.leave_function(func)

    def stmt_early_return(self) -> None:
        """`if c: return e` inside a block of a function (its locals die on a path other than the end)."""
        ret = self.in_function.ret
        self.emit(f"if {self.condition()}:")
        if ret == "None":
            return self.emit("    return")
        e = self.boxed(self.expr(ret, 2), ret) if ret in ("int", "float", "bool") else self.stored(self.expr(ret, 2), ret)
        if sized(ret):
            self.returned_lo.append(int(e.lo))
        self.emit(f"    return {e.text}")

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

    def mutual_functions(self) -> None:
        """Two functions that call each other, the depth bounded by their first argument (wrapped to [0, 7])."""
        ret = self.rng.choice(["int", "float"])
        names = [self.fresh("m"), self.fresh("m")]
        pair = []
        for me, other in (names, names[::-1]):
            n, a = self.fresh("n"), self.fresh("p")
            func = Func(me, [(n, "int", None), (a, ret, None)], ret, 0, recursive=True)
            self.lines.append("")
            self.lines.append(f"def {me}({n}: int, {a}: {ret}) -> {ret}:")
            self.enter_function(func)
            self.declare(Var(n, "int", 8, readonly=True))
            self.declare(Var(a, ret, NORMAL if ret == "int" else FNORMAL))
            self.emit(f"if {n} <= 0:")
            self.emit(f"    return {a}")
            self.mult = 8  # both bodies together run at most 8 times per outside call
            self.block(self.rng.randint(1, 2))
            arg = self.boxed(self.expr(ret), ret).text
            self.emit(f"return {self.wrap_text(f'{other}({n} - 1, {arg})', ret)}")
            self.leave_function(func)
            pair.append(self.funcs.pop())  # the second body must not call the first: the depth would not shrink
        pair[0].cost = pair[1].cost = pair[0].cost + pair[1].cost
        self.funcs += pair

    def enter_function(self, func: Func) -> None:
        self.in_function = func
        self.indent += 1
        self.scopes.append(Scope())
        self.mult, self.cost = 1, 0
        self.writable_globals = set()
        self.returned_lo: list[int] = []  # the lengths the early returns guarantee

    def leave_function(self, func: Func) -> None:
        if not self.lines[-1].strip() or self.lines[-1].rstrip().endswith(":"):
            self.emit("pass")
        func.cost = self.cost + 1
        self.scopes.pop()
        self.indent -= 1
        self.in_function = None
        self.writable_globals = set()
        self.funcs.append(func)

    def call_text(self, f: Func) -> str:
        if f.recursive:
            n = self.int_expr(1)
            n_text = f"{n.text} % 8" if n.lo < 0 or n.hi > 7 else n.text
            a = self.boxed(self.expr(f.params[1][1], 2), f.params[1][1])
            return f"{f.name}({n_text}, {a.text})"
        args, keywords = [], []
        for p, t, default in f.params:
            if default is not None and self.chance(0.4):
                keywords.append(None)  # skipped: later ones must be keywords
                continue
            value = self.arg_text(t)
            if keywords or (self.has("keywords") and self.chance(0.3)):
                keywords.append(f"{p}={value}")
            else:
                args.append(value)
        keywords = [k for k in keywords if k is not None]
        if self.has("keywords") and len(keywords) > 1 and self.chance(0.5):
            self.rng.shuffle(keywords)  # any order: arguments are still evaluated as written
        return f"{f.name}({', '.join(args + keywords)})"

    def arg_text(self, t: str) -> str:
        """An argument for a parameter of type `t` (a container is passed by reference, as in Python)."""
        if t in ("int", "float", "bool"):
            return self.boxed(self.expr(t, 2), t).text
        if kind(t) == "fn":
            return self.fn_expr(t, 2, max_cost=CHEAP).text
        return self.fit(self.expr(t, 2), t).text

    def callable_funcs(self, ret: str) -> list[Func]:
        return [f for f in self.funcs if f.ret == ret and self.cost + f.cost * self.mult <= BUDGET]
