"""Function values (feature "lambdas"): Callable variables and parameters, lambdas, key=, closures.

A lambda's body sees only its own parameters (and a factory's parameter, which
is never reassigned: the only captures Pyrite accepts), so it is generated in a
detached context. A function value's Expr carries the cost of one call in `hi`;
a Callable parameter may be any function value costing at most CHEAP.
"""

from __future__ import annotations

from .ranges import CHEAP, FNORMAL, NORMAL, STRBOX, Expr, Func, Scope, Var
from .shapes import fn_sig, fn_type, kind, tuple_parts, value_types


class Lambdas:
    """Generator methods for function values (mixed into Generator)."""

    def detached(self, variables: list[Var], body):
        """`body()` generated where only `variables` are visible and no function may be called."""
        saved = self.scopes, self.globals, self.funcs, self.mult, self.cost, self.in_lambda
        self.scopes, self.globals, self.funcs, self.mult = [Scope(list(variables))], [], [], 1
        self.in_lambda = True
        try:
            return body()
        finally:
            self.scopes, self.globals, self.funcs, self.mult, self.cost, self.in_lambda = saved

    def param_var(self, name: str, t: str) -> Var:
        if t == "str":
            return Var(name, t, STRBOX, lo=0, readonly=True)
        if kind(t) == "list":
            return self.part_var(name, t)
        return Var(name, t, NORMAL if t == "int" else FNORMAL if t == "float" else 1, readonly=True)

    def lambda_expr(self, t: str, captured: list[Var] | None = None) -> Expr:
        params, ret = fn_sig(t)
        names = [self.fresh("x") for _ in params]
        variables = [self.param_var(n, p) for n, p in zip(names, params)] + (captured or [])
        body, cost = self.detached(variables, lambda: self.measured(ret, 2))
        head = f"lambda {', '.join(names)}: " if names else "lambda: "
        return Expr(head + body.text, t, 0, cost)

    def measured(self, t: str, depth: int) -> tuple[Expr, int]:
        """An expression of type `t` and what evaluating it once costs."""
        before = self.cost
        e = self.fit(self.expr(t, depth), t)
        return e, self.cost - before + 1

    def fn_expr(self, t: str, depth: int, max_cost: int = 1 << 30) -> Expr:
        """A function value of type `t`: a lambda, a variable, a module function, or a factory's result."""
        choices = [("lambda", None)] * 2
        choices += [("var", v) for v in self.visible(t) if v.cost <= max_cost]
        choices += [("func", f) for f in self.funcs if self.matches(f, t) and f.cost <= max_cost]
        choices += [("factory", f) for f in self.callable_funcs(t) if f.cost * self.mult + self.cost <= 4000]
        how, x = self.rng.choice(choices)
        if how == "var":
            return Expr(x.name, t, 0, x.cost, alias=True)
        if how == "func":
            return Expr(x.name, t, 0, x.cost)
        if how == "factory":
            self.cost += self.mult
            return Expr(self.call_text(x), t, 0, x.cost)
        return self.lambda_expr(t)

    def matches(self, f: Func, t: str) -> bool:
        params, ret = fn_sig(t)
        return not f.recursive and f.ret == ret and [p[1] for p in f.params] == params

    def fn_call(self, ret: str, d: int) -> Expr:
        """A call of a function value returning `ret`; with none in sight, `(lambda: e)()`."""
        fns = [v for v in self.visible() if kind(v.type) == "fn" and fn_sig(v.type)[1] == ret]
        lo, hi = {"int": (-NORMAL, NORMAL), "float": (-FNORMAL, FNORMAL), "str": (0, STRBOX)}.get(ret, (0, 1))
        if not fns or self.chance(0.15):
            body, cost = self.detached([], lambda: self.measured(ret, 1))
            self.charge(cost)
            return Expr(f"(lambda: {body.text})()", ret, body.lo, body.hi)
        v = self.rng.choice(fns)
        self.cost += v.cost * self.mult
        params, _ = fn_sig(v.type)
        args = ", ".join(self.fit(self.expr(p, d), p).text for p in params)
        return Expr(f"{v.name}({args})", ret, lo, hi)

    def int_fncall(self, d: int) -> Expr:
        return self.fn_call("int", d)

    def float_fncall(self, d: int) -> Expr:
        return self.fn_call("float", d)

    def bool_fncall(self, d: int) -> Expr:
        return self.fn_call("bool", d)

    def str_fncall(self, d: int) -> Expr:
        return self.fn_call("str", d)

    def key_lambda(self, et: str) -> str:
        """`lambda v: ...` giving a sort key (int, float, bool or str) for elements of type `et`."""
        v = self.fresh("x")
        if kind(et) == "tuple":
            parts = tuple_parts(et)
            j = self.rng.randrange(len(parts))
            return f"lambda {v}: {'-' if parts[j] in ('int', 'float') and self.chance(0.4) else ''}{v}[{j}]"
        key_type = et if self.chance(0.6) else self.rng.choice(["int", "bool"] + (["str"] if et == "str" else []))
        body, _ = self.detached([self.param_var(v, et)], lambda: self.measured(key_type, 2))
        return f"lambda {v}: {body.text}"

    def factory(self) -> None:
        """`def mk(n: int) -> Callable[[int], int]: return lambda x: ...n...` (a closure over a parameter)."""
        t = self.rng.choice([fn_type(["int"], "int"), fn_type(["int"], "bool"), fn_type(["float"], "float")])
        name, n = self.fresh("mk"), self.fresh("n")
        ptype = self.rng.choice(["int", "float"] if "float" in t else ["int", "str"] if self.has("strings") else ["int"])
        func = Func(name, [(n, ptype, None)], t, 0)
        self.lines.append("")
        self.lines.append(f"def {name}({n}: {ptype}) -> {t}:")
        self.enter_function(func)
        closure = self.lambda_expr(t, [self.param_var(n, ptype)])
        self.emit(f"return {closure.text}")
        self.leave_function(func)
        func.cost += int(closure.hi)  # a call of the factory's result costs about this much

    def nested_def(self) -> None:
        """A def at the top of a function's body reading some of the function's parameters, which are never
        reassigned afterwards (the captures Pyrite accepts); it is then a Callable variable of the body."""
        types = [t for t in value_types(self) if kind(t) == "fn"]
        captured = [v for v in self.scopes[-1].vars if v.type in ("int", "float", "bool", "str") and self.chance(0.6)]
        for v in captured:
            v.readonly = True
        t = self.rng.choice(types)
        params, ret = fn_sig(t)
        name, names = self.fresh("inner"), [self.fresh("q") for _ in params]
        self.emit(f"def {name}({', '.join(f'{n}: {p}' for n, p in zip(names, params))}) -> {ret}:")
        variables = [self.param_var(n, p) for n, p in zip(names, params)] + [self.param_var(v.name, v.type) for v in captured]
        body, cost = self.detached(variables, lambda: self.measured(ret, 2))
        self.emit(f"    return {body.text}")
        self.declare(Var(name, t, cost, readonly=True, cost=cost))
