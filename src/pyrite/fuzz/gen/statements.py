"""Statements: assignments, prints, if/while/for with else, break/continue, calls.

Loops have bounded trip counts; `self.mult` (how often the current statement
runs) times a statement's cost is charged to the budget, which bounds the
program's running time. A name is declared only after an assignment that
dominates its reads, and each block ends by printing what it assigned.
"""

from __future__ import annotations

from .features import EXCEPTIONS, SPECIAL
from .ranges import ACC, BUDGET, FACC, FNORMAL, MAX_TRIP, NORMAL, Scope, Var
from .shapes import uses_new

STATEMENT_KINDS = (("strings", ["str_grow"]), ("lists", ["list_set"]),
                   ("list_methods", ["list_grow", "list_grow", "list_shrink", "list_shrink", "list_set"]),
                   ("dicts", ["dict_set", "dict_set", "dict_change", "dict_change", "dict_update", "dict_update"]),
                   ("sets", ["set_change"] * 3 + ["set_update"] * 2),
                   ("tuples", ["unpack"]), ("optionals", ["narrow", "narrow"]), ("vartuples", ["vtunpack"]))


class Statements:
    """Generator methods that emit statements (mixed into Generator)."""

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
        for feature, kind in (("multi_assign", "multi"), ("asserts", "assert"), ("guards", "guard"),
                              ("unbound", "branch_assign"), ("exprstmt", "exprstmt")):
            if self.has(feature):
                kinds.append(kind)
        if uses_new(self):
            kinds += self.value_stmt_kinds()
        getattr(self, "stmt_" + self.rng.choice(kinds))()

    def value_stmt_kinds(self) -> list[str]:
        """The statements the str and container features add (values.py, mutations.py, dicts.py, ...)."""
        kinds = ["value_assign"] * 4 + (["value_reassign"] if self.rebindable() else [])
        for feature, names in STATEMENT_KINDS:
            if self.has(feature):
                kinds += names
        if self.depth < 3 and any(self.has(f) for f in ("strings", "lists", "dicts", "sets", "vartuples")):
            kinds += ["foreach", "foreach"]
        f = self.in_function
        if f is not None and self.depth > 0 and not f.recursive and self.has("functions"):
            kinds.append("early_return")
        if any(self.has(f) for f in ("lists", "dicts", "sets")):
            kinds.append("alias")
        return kinds

    def stmt_assign(self) -> None:
        type_ = self.rng.choice(["int", "int", "float", "bool"])
        acc = type_ != "bool" and self.has("augassign") and self.chance(0.3)
        e = self.boxed(self.expr(type_), type_)
        name = self.fresh("a" if acc else "v")
        annotation = f": {type_}" if self.has("annassign") and self.chance(0.3) else ""
        self.emit(f"{name}{annotation} = {e.text}")
        box = (ACC if acc else NORMAL) if type_ == "int" else (FACC if acc else FNORMAL) if type_ == "float" else 1
        self.declare(Var(name, type_, box, acc=acc))

    def stmt_multi(self) -> None:
        """`a = b = e`, or `a, b, c = e1, e2, e3` (new names)."""
        if self.chance(0.5):
            type_ = self.rng.choice(["int", "float", "bool"])
            e = self.boxed(self.expr(type_), type_)
            names = [self.fresh("v") for _ in range(self.rng.randint(2, 3))]
            self.emit(f"{' = '.join(names)} = {e.text}")
            types = [type_] * len(names)
        else:
            types = [self.rng.choice(["int", "float", "bool"]) for _ in range(self.rng.randint(2, 4))]
            values = [self.boxed(self.expr(t), t).text for t in types]
            names = [self.fresh("v") for _ in types]
            self.emit(f"{', '.join(names)} = {', '.join(values)}")
        for name, type_ in zip(names, types):
            self.declare(Var(name, type_, NORMAL if type_ == "int" else FNORMAL if type_ == "float" else 1))

    def bounded_var(self) -> Var | None:
        """A visible int or float variable with its box, for conditions known to be false."""
        vars_ = self.visible("int") + self.visible("float")
        return self.rng.choice(vars_) if vars_ else None

    def stmt_assert(self) -> None:
        """An assertion that holds: a variable inside its box, or a tautology."""
        var = self.bounded_var()
        if var is None or self.chance(0.3):
            c = self.bool_expr(2).text
            self.emit(f"assert {c} or not {c}" + (', "tautology"' if self.chance(0.5) else ""))
            return
        message = self.rng.choice(["", ', "in range"', f", {var.name}", f", {self.expr('int', 1).text}",
                                   f", {self.expr('float', 1).text}", f", {self.expr('bool', 1).text}"])
        self.emit(f"assert abs({var.name}) <= {var.box!r}{message}")

    def stmt_guard(self) -> None:
        """`if <false>: raise ...`: the raise (or exit) is compiled but never runs."""
        var = self.bounded_var()
        cond = f"abs({var.name}) > {var.box!r}" if var is not None else "1 > 2"
        self.emit(f"if {cond}:")
        exc = self.rng.choice(EXCEPTIONS)
        action = self.rng.choice([f'raise {exc}("unreachable")', f"raise {exc}", "sys.exit(3)",
                                  'sys.exit("unreachable")', 'print("unreachable")'])
        self.emit(f"    {action}")

    def stmt_branch_assign(self) -> None:
        """A name assigned on every branch of an if/else, read after it."""
        type_ = self.rng.choice(["int", "float", "bool"])
        name = self.fresh("b")

        def branch(count: int) -> None:
            self.emit(f"{name} = {self.boxed(self.expr(type_, 2), type_).text}")
            self.block(count)

        self.emit(f"if {self.condition()}:")
        self.nested(branch, self.rng.randint(0, 1))
        self.emit("else:")
        self.nested(branch, 0)
        self.declare(Var(name, type_, NORMAL if type_ == "int" else FNORMAL if type_ == "float" else 1))

    def stmt_exprstmt(self) -> None:
        """An expression whose value is dropped: a call of a function that returns one, or a plain expression."""
        funcs = [f for f in self.funcs if f.ret != "None" and self.cost + f.cost * self.mult <= BUDGET]
        if funcs and self.chance(0.6):
            f = self.rng.choice(funcs)
            self.cost += f.cost * self.mult
            self.emit(self.call_text(f))
        else:
            self.emit(self.expr(self.rng.choice(["int", "float", "bool"]), 2).text)

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
                                           ("&=", "0xFFF"), (">>=", str(self.rng.randint(0, 5))),
                                           ("*=", "-1"), ("**=", "1"), ("<<=", "0"), ("|=", "0"), ("^=", "0")])
            else:
                op, rhs = self.rng.choice([("*=", "0.5"), ("/=", "-3.0"), ("%=", "2.5"), ("//=", "1.5"), ("**=", "1.0"),
                                           ("-=", "0.0")])
            self.emit(f"{var.name} {op} {rhs}")
        else:
            self.stmt_assign()

    def stmt_tuple(self) -> None:
        ints = [v for v in self.writable("int") if not v.acc]
        if len(ints) >= 2 and self.chance(0.5):
            a, b = self.rng.sample(ints, 2)
            self.emit(f"{a.name}, {b.name} = {b.name}, {a.name}")
            return
        if self.has("float_arith") and self.chance(0.3):
            return self.float_divmod()
        dividend = self.int_expr(2)
        divisor = self.nonzero_int(self.int_expr(1))
        q, r = self.fresh("q"), self.fresh("r")
        self.emit(f"{q}, {r} = divmod({dividend.text}, {divisor.text})")
        self.declare(Var(q, "int", max(dividend.mag, 1), readonly=True))  # |a // d| <= |a| when d != 0
        self.declare(Var(r, "int", divisor.mag, readonly=True))

    def float_divmod(self) -> None:
        dividend, divisor = self.float_expr(2), self.nonzero_float(self.float_expr(1))  # |divisor| >= 0.5
        q, r = self.fresh("q"), self.fresh("r")
        self.emit(f"{q}, {r} = divmod({dividend.text}, {divisor.text})")
        self.declare(Var(q, "float", 2 * dividend.mag + 1, readonly=True))
        self.declare(Var(r, "float", divisor.mag, readonly=True))

    def stmt_print(self) -> None:
        if self.has("print_sep") and self.chance(0.05):
            return self.emit(self.rng.choice(["print()", "print(end='')", "print(sep=None, end=None)", "print(None)"]))
        if self.has("tuple_assign") and self.chance(0.1):  # a tuple is printed as CPython prints it
            type_ = self.rng.choice(["int", "float"])
            a, b = self.expr(type_, 2), self.expr(type_, 1)
            b = self.nonzero_int(b) if type_ == "int" else self.nonzero_float(b)
            return self.emit(f"print(divmod({a.text}, {b.text}), 'q, r')")
        count = self.rng.randint(1, 4)
        args = []
        for _ in range(count):
            if self.chance(0.2):
                args.append(repr(self.rng.choice(["x", "=", "val:", "", " | ", "a b"])))
            elif uses_new(self) and self.chance(0.5):
                args.append(self.printable_expr(2))
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
        self.scopes.append(Scope())
        before = len(self.lines)
        body(count)
        self.print_scope(self.scopes[-1])
        if len(self.lines) == before:
            self.emit("pass")
        self.scopes.pop()
        self.depth -= 1
        self.indent -= 1

    def condition(self) -> str:
        """A test for if/elif: a bool, or with "truthy" sometimes an int or float tested for truth."""
        if self.has("truthy") and self.chance(0.25):
            if uses_new(self) and self.chance(0.4):  # a str or container tested for truth
                t = self.some_type("str", "list", "dict", "set", "tuple", "range", "vtuple")
                if t is not None:
                    return self.unfixed(self.value_expr(t, 2)).text  # a var tuple's truth, not a literal's
            return self.expr(self.rng.choice(["int", "float"]), 2).text
        return self.bool_expr(3).text

    def stmt_if(self) -> None:
        self.emit(f"if {self.condition()}:")
        self.nested(self.block, self.rng.randint(1, 3))
        for _ in range(self.rng.randint(0, 2)):
            self.emit(f"elif {self.condition()}:")
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
        self.scopes.append(Scope(list(header_vars)))
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
        if self.has("while_true") and self.has("break") and self.chance(0.3):
            self.emit("while True:")  # leaves through the counter's break
            self.pending = [f"{w} += 1", f"if {w} > {trips}:", "    break"]
            self.loop_body(trips, [])
            self.declare(Var(w, "int", trips + 1, readonly=True))
            return
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

    def print_scope(self, scope: Scope, skip: list[Var] | None = None) -> None:
        """Print the (last few) variables a block assigned, so a wrong value shows."""
        names = [self.show(v) for v in scope.vars if not skip or v not in skip]
        names = [n for n in names if n is not None]
        if not names:
            return
        names = names[-6:]
        self.emit(f"print({', '.join(names)})")
