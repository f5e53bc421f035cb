"""Deliberate compile errors (feature "rejected"): a program Pyrite must refuse, and where.

A program with the feature is an otherwise valid generated program whose main
body ends with one statement that breaks Pyrite's typing rules on purpose: a
value of the wrong type assigned or passed, a method a type does not have, an
operator its operands do not take, a name misspelt, a construct outside the
subset. The line carries REJECT_MARK as a trailing comment; the oracle
(`oracle.check_rejection`) then asks for exactly this: Pyrite rejects the
program with diagnostics (exit status 2) that all point at that line, rendered
with file:line:col, the line and a caret, and never accepts it or crashes.
CPython is not asked: it would run many of these (types are not checked there).

Everything above the line is the generator's valid program, so a diagnostic
anywhere else is a false rejection, and acceptance means a type rule is missing.
"""

from __future__ import annotations

from .shapes import dict_kv, elem, kind, opt_inner

REJECT_MARK = "# deliberate compile error"

# Literals of one type, to put where another is expected.
WRONG_VALUE = {"int": '"seven"', "float": '"1.5"', "bool": '"yes"', "str": "7", "list": '"items"',
               "dict": "[1, 2]", "set": '"members"', "tuple": "3.5", "vtuple": "[1, 2]", "range": '"r"', "fn": "7"}
METHODS = {"int": "append(1)", "float": "split()", "bool": "upper()", "str": "push(1)", "list": "add(1)",
           "dict": "append(1)", "set": "append(1)", "tuple": "append(1)", "vtuple": "sort()", "range": "sort()"}
UNSUPPORTED = ("class Point:\n    x: int = 0", "try:\n    pass\nexcept ValueError:\n    pass",
               "with open('f') as fh:\n    pass", "import os", "async def job() -> None:\n    pass",
               "print(*[1, 2])", "zz = [1, 2] @ [3, 4]", "zz = lambda *a: 0", "del zz_missing",
               "zz = {**{}}", "zz: list = []", "zz: dict[int] = {}", "zz = 1 if True else 'a'",
               "zz = [x := 1]", "zz = b'bytes'", "zz = 1j", "zz = ...")


def wrong_value(t: str) -> str:
    """A literal that is not a `t` (nor a value Pyrite converts to one)."""
    return WRONG_VALUE[kind(opt_inner(t))]


class Rejections:
    """Generator methods for the deliberate compile error (mixed into Generator)."""

    def deliberate_compile_error(self) -> None:
        options = [self.reject_assign, self.reject_operands, self.reject_method, self.reject_call,
                   self.reject_name, self.reject_builtin, self.reject_index, self.reject_misc,
                   self.reject_unsupported, self.reject_element]
        self.rng.shuffle(options)
        for make in options:
            text = make()
            if text is not None:
                break
        self.emit("# a deliberate compile error follows: Pyrite must reject this program here")
        lines = text.split("\n")
        lines[0] += "  " + REJECT_MARK
        for line in lines:
            self.emit(line)

    def _some(self, *kinds: str):
        """A visible variable of one of `kinds` (any kind if none given), or None."""
        found = [v for v in self.visible() if not kinds or kind(v.type) in kinds]
        return self.rng.choice(found) if found else None

    def reject_assign(self) -> str | None:
        """`x = <a value of another type>` (a float variable takes an int: not that)."""
        v = self._some()
        if v is None or kind(v.type) == "None":
            return None
        if v in self.globals and self.in_function is not None:
            return None
        return f"{v.name} = {wrong_value(v.type)}"

    def reject_operands(self) -> str | None:
        a, b = self._some("str", "list", "dict", "set", "tuple", "vtuple", "range"), self._some("int", "float", "bool")
        if a is None or b is None:
            return None
        op = self.rng.choice(["+", "-", "*", "/", "//", "%", "<", "&", "**"])
        if op == "*" and kind(a.type) in ("str", "list", "tuple", "vtuple") and b.type in ("int", "bool"):
            op = "-"  # a str or list times an int is valid
        if op == "%" and a.type == "str":
            op = "//"  # printf-style formatting is valid
        first, second = (a, b) if self.chance(0.5) else (b, a)
        return f"print({first.name} {op} {second.name})"

    def reject_method(self) -> str | None:
        v = self._some(*METHODS)
        return f"{v.name}.{METHODS[kind(v.type)]}" if v is not None else None

    def reject_call(self) -> str | None:
        """A generated function given one argument too many, an argument of a wrong type, or an unknown keyword."""
        funcs = [f for f in self.funcs if f.params]
        if not funcs:
            return None
        f = self.rng.choice(funcs)
        args = [self.leaf(t).text for _, t, _ in f.params]
        way = self.rng.randrange(3)
        if way == 0:
            args.append(args[0])
        elif way == 1:
            i = self.rng.randrange(len(args))
            args[i] = wrong_value(f.params[i][1])
        else:
            args.append("zz_no_such_parameter=1")
        return f"{f.name}({', '.join(args)})"

    def reject_name(self) -> str | None:
        """A misspelt variable (Pyrite's hint suggests the right one) or function used as a value."""
        if self.funcs and self.chance(0.3):
            return f"print({self.rng.choice(self.funcs).name})"
        v = self._some()
        name = v.name if v is not None else "value"
        return f"print({name}{self.rng.choice(['_', 'x', 's'])})"

    def reject_builtin(self) -> str | None:
        v = self._some("str", "list", "dict", "set", "tuple", "vtuple")
        n = self._some("int", "float")
        calls = []
        if v is not None:
            calls += [f"abs({v.name})", f"math.sqrt({v.name})", f"range({v.name})", f"round({v.name})",
                      f"int({v.name}, {v.name})", f"chr({v.name})"]
        if n is not None:
            calls += [f"len({n.name})", f"sorted({n.name})", f"sum({n.name})", f"ord({n.name})",
                      f"{n.name}.upper()", f"list({n.name})"]
        return f"print({self.rng.choice(calls)})" if calls else None

    def reject_index(self) -> str | None:
        """An index or a key of the wrong type, an item assigned where items cannot be, a number indexed."""
        v = self._some("str", "list", "dict", "tuple", "vtuple", "int", "float")
        if v is None:
            return None
        k = kind(v.type)
        if k in ("int", "float"):
            return f"print({v.name}[0])"
        if k == "dict":
            key = wrong_value(dict_kv(v.type)[0])
            return f"print({v.name}[{key}])"
        if k in ("str", "tuple", "vtuple") and self.chance(0.5):
            return f"{v.name}[0] = {v.name}[0]"
        return f"print({v.name}[{self.rng.choice(['1.5', repr('0'), 'None'])}])"

    def reject_element(self) -> str | None:
        """A list, set or dict given an item of another type."""
        v = self._some("list", "set")
        if v is None:
            return None
        wrong = wrong_value(elem(v.type))
        return f"{v.name}.{'append' if kind(v.type) == 'list' else 'add'}({wrong})"

    def reject_misc(self) -> str | None:
        """Mixed literals, an unhashable key, None used as a number, a number called. (Not an optional used as
        a number: where the program just assigned it, Pyrite knows it is not None, and rightly accepts.)"""
        choices = ["zz = [1, 'a']", "zz = {[1, 2]: 3}", "zz = {[1]}", "print(None + 1)", "zz: int = 'a'",
                   "zz: list[int] = [1.5]", "zz = (1, 2)[5]", "zz: tuple[int, int] = (1, 2, 3)"]
        n = self._some("int", "float", "bool")
        if n is not None:
            choices.append(f"print({n.name}(1))")
        return self.rng.choice(choices)

    def reject_unsupported(self) -> str | None:
        return self.rng.choice(UNSUPPORTED)
