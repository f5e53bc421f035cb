"""The frontend on accepted programs: the tables irgen reads (typed.py)."""

from __future__ import annotations

import ast
import math
import textwrap

import pytest

from pyrite.diagnostics import CompileError
from pyrite.frontend import check
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, STR, CallInfo, Constant, Global, Local, TypedModule


def typed(source: str) -> TypedModule:
    return check(textwrap.dedent(source), "t.py")


def rejected(source: str) -> list[str]:
    with pytest.raises(CompileError) as info:
        typed(source)
    return [d.message for d in info.value.diagnostics]


def printed_type(expr: str, prelude: str = "import math\n") -> str:
    """The type of `expr` as the argument of print()."""
    tm = typed(prelude + f"print({expr})\n")
    call = tm.tree.body[-1].value
    return str(tm.types[call.args[0]])


def names_with_id(tm: TypedModule, name: str) -> list[ast.Name]:
    return [n for n in ast.walk(tm.tree) if isinstance(n, ast.Name) and n.id == name]


def untyped_expressions(tm: TypedModule) -> list[str]:
    """Expressions irgen would lower but the checker left without a table entry.
    Not values, so not typed: call targets, the `math` of math.pi, annotations,
    `range(...)` of a for loop, slices' a:b:c, and the exception of a raise."""
    skip: set[int] = set()
    for node in ast.walk(tm.tree):
        if isinstance(node, ast.Call):
            skip.add(id(node.func))
            if node not in tm.calls:
                return [f"call without CallInfo: {ast.unparse(node)}"]
            if tm.calls[node].kind == "raise" or tm.calls[node].name == "range":
                skip.add(id(node))
        elif isinstance(node, ast.Attribute):
            skip.add(id(node.value))
        elif isinstance(node, ast.Raise) and node.exc is not None:
            skip.add(id(node.exc))
        elif isinstance(node, (ast.arg, ast.AnnAssign)) and node.annotation is not None:
            skip |= {id(n) for n in ast.walk(node.annotation)}
        elif isinstance(node, ast.FunctionDef) and node.returns is not None:
            skip |= {id(n) for n in ast.walk(node.returns)}
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            skip.add(id(node.value))
        elif isinstance(node, ast.Slice):  # the a:b:c of xs[a:b:c]: its parts are typed
            skip.add(id(node))
    untyped = [ast.unparse(n) for n in ast.walk(tm.tree)
               if isinstance(n, ast.expr) and n not in tm.types and id(n) not in skip]
    unnamed = [n.id for n in ast.walk(tm.tree)
               if isinstance(n, ast.Name) and id(n) not in skip and n not in tm.names]
    return untyped + [f"name without binding: {n}" for n in unnamed]


def unbound_lines(tm: TypedModule) -> set[tuple[int, str]]:
    return {(n.lineno, n.id) for n in tm.maybe_unbound}


# ---- expression types --------------------------------------------------------


@pytest.mark.parametrize("expr, expected", [
    ("1 / 2", "float"), ("4 / 2", "float"), ("7 // 2", "int"), ("7 // 2.0", "float"), ("7 % 3", "int"),
    ("2 ** 3", "int"), ("2 ** -1", "float"), ("2 ** 0.5", "float"), ("2.0 ** 2", "float"),
    ("True + True", "int"), ("True * 2.5", "float"), ("True // True", "int"), ("-True", "int"),
    ("~True", "int"), ("+False", "int"), ("-2.5", "float"), ("not 3", "bool"), ("not 0.0", "bool"),
    ("True & False", "bool"), ("True | 2", "int"), ("6 ^ 3", "int"), ("1 << True", "int"), ("-8 >> 1", "int"),
    ("1 < 2.0 <= 3", "bool"), ("True == 1", "bool"), ("2.5 != 2", "bool"),
    ("3 and 4", "int"), ("2.5 or 0.0", "float"), ("True and False", "bool"),
    ("1 if True else 2", "int"), ("1.5 if 0 else 2.5", "float"),
    ("divmod(7, 2)", "tuple[int, int]"), ("divmod(7, 2.0)", "tuple[float, float]"),
    ("divmod(True, 2)", "tuple[int, int]"),
    ("abs(True)", "int"), ("abs(-2.5)", "float"), ("abs(-3)", "int"),
    ("round(2.5)", "int"), ("round(2.567, 2)", "float"), ("round(1234, -2)", "int"),
    ("int()", "int"), ("int(2.7)", "int"), ("int(True)", "int"), ("float()", "float"), ("float(3)", "float"),
    ("float('inf')", "float"), ("float('-inf')", "float"), ("float('nan')", "float"), ("float('1.5')", "float"),
    ("bool()", "bool"), ("bool(0.0)", "bool"),
    ("min(1, 2, 3)", "int"), ("max(1.5, 2.5)", "float"), ("min(True, False)", "bool"),
    ("pow(2, 10)", "int"), ("pow(2, -1)", "float"), ("pow(2.0, 3)", "float"), ("pow(2, 3, 5)", "int"),
    ("math.sqrt(4)", "float"), ("math.log(8, 2)", "float"), ("math.hypot(3, 4)", "float"),
    ("math.floor(2.5)", "int"), ("math.ceil(2)", "int"), ("math.trunc(-2.5)", "int"),
    ("math.isnan(1.0)", "bool"), ("math.isfinite(1)", "bool"), ("math.gcd(4, 6, 8)", "int"),
    ("math.factorial(5)", "int"), ("math.copysign(1, -0.0)", "float"),
    ("math.pi", "float"), ("math.tau", "float"), ("math.inf", "float"),
    ("-9223372036854775808", "int"), ("9223372036854775807", "int"),
    ("None", "None"), ("'text'", "str"),
    ("'a' + 'b'", "str"), ("'ab'[0]", "str"), ("len('ab')", "int"), ("str(2.5)", "str"), ("repr('a')", "str"),
    ("str()", "str"), ("'a' < 'b'", "bool"), ("'a' or 'b'", "str"), ("bool('')", "bool"), ("int('12')", "int"),
    ("[1, 2]", "list[int]"), ("[0.5]", "list[float]"), ("[True]", "list[bool]"), ("['a']", "list[str]"),
    ("[[1], []]", "list[list[int]]"), ("[[[0.5]]]", "list[list[list[float]]]"), ("[1, 2][0]", "int"),
    ("[[1]][0]", "list[int]"), ("len([1])", "int"), ("[0] * 3", "list[int]"), ("2 * ['x']", "list[str]"),
    ("[1] + [2]", "list[int]"), ("[1] + []", "list[int]"), ("str([1])", "str"), ("[1] if True else []", "list[int]"),
])
def test_expression_type(expr: str, expected: str):
    assert printed_type(expr) == expected


def test_list_and_str_variables_parameters_and_returns():
    tm = typed('''
        names: list[str] = []
        grid = [[0.5] * 2]

        def first(xs: list[list[float]], label: str = "x") -> str:
            xs[0][1] += 1.0
            return label + str(xs[0][0])

        def grow(xs: list[int]) -> list[int]:
            xs.append(len(xs))
            return xs + []
    ''')
    assert str(tm.globals["names"]) == "list[str]" and str(tm.globals["grid"]) == "list[list[float]]"
    first, grow = tm.functions["first"], tm.functions["grow"]
    assert [str(t) for _, t in first.params] == ["list[list[float]]", "str"] and first.ret == STR
    assert str(grow.ret) == "list[int]"
    methods = sorted(info.name for info in tm.calls.values() if info.kind == "method")
    assert methods == ["list.append"]


def test_method_call_info_holds_the_receiver_first():
    tm = typed("xs = [1]\nxs.append(2)\nprint(xs.pop(0), xs.pop())\n")
    calls = [tm.calls[n] for n in ast.walk(tm.tree) if isinstance(n, ast.Call) and tm.calls[n].kind == "method"]
    shapes = sorted((info.name, [ast.unparse(a) for a in info.args]) for info in calls)
    assert shapes == [("list.append", ["xs", "2"]), ("list.pop", ["xs"]), ("list.pop", ["xs", "0"])]


@pytest.mark.parametrize("source, message", [
    ("xs = [1, 2.5]", "list[int] cannot hold a float"),
    ("xs = []", "cannot infer the element type of an empty list"),
    ("xs = [1]\nxs.push(2)", "list has no method 'push'"),
    ("s = 'a'\ns.append('b')", "str has no method 'append'"),
    ("xs = [1]\nxs[0] = 'a'", "list[int] cannot hold a str"),
    ("n = 1\nprint(n[0])", "'int' object is not subscriptable"),
    ("xs = [1]\nprint(xs[0.5])", "list indices must be integers, not 'float'"),
    ("xs: list[dict[list[int], int]] = []", "list[int] is not hashable"),
])
def test_list_and_str_mistakes(source: str, message: str):
    assert message in rejected(source)[0]


@pytest.mark.parametrize("source, column, hint", [
    ("d = {(1, [2]): 3}", 5, "use a tuple[int, ...] instead of the list[int]: (a, b) rather than [a, b]"),
    ("s: set[tuple[str, dict[str, int]]] = set()", 3,
     "keys and set elements can be int, float, bool, str, or tuples of those"),
    ("d = {(1, 2): 3, (1, 2, 3): 4}", 16,
     "to mix tuple lengths, annotate the dict with tuple[int, ...] in place of tuple[int, int]"),
])
def test_unhashable_key_diagnostics_point_at_the_key(source: str, column: int, hint: str):
    with pytest.raises(CompileError) as info:
        typed(source)
    [d] = info.value.diagnostics
    assert (d.span.line, d.span.col, d.hint) == (1, column, hint)


@pytest.mark.parametrize("source, key", [
    ("d = {(1, 2): 'a'}", "tuple[int, int]"),
    ("d: dict[tuple[int, ...], str] = {(1,): 'a', (1, 2): 'b'}", "tuple[int, ...]"),
    ("d = {((1, 2.5), ('a', True)): 0}", "tuple[tuple[int, float], tuple[str, bool]]"),
    ("d = {(i, str(i)): i for i in range(3)}", "tuple[int, str]"),
])
def test_tuple_keys_are_accepted(source: str, key: str):
    tm = typed(source)
    assert str(tm.globals["d"].items[0]) == key


def test_every_accepted_expression_has_a_type():
    tm = typed('''
        """Module docstring."""
        import math
        import sys
        from math import sqrt, pi

        LIMIT = 10
        scale = 2.5


        def f(n: int, x: float = -1.5, flag: bool = True) -> float:
            """Docstring."""
            total = 0.0
            for i in range(n):
                if i % 2 == 0 and flag:
                    total += x * i
                elif not flag or i > LIMIT:
                    total -= sqrt(i) + pi + math.e
            q, r = divmod(n, 3)
            a, b = b2, a2 = 1, 2.0
            y = q if q > r else -r
            assert total >= 0.0 or n < 0, "negative"
            return total + abs(y) + scale


        def g() -> None:
            if LIMIT > 100:
                raise ValueError("too big")
            if LIMIT < 0:
                sys.exit(1)
            print(f(3), f(4, flag=False), divmod(7, 2), 1 < 2 < 3, sep=", ", end="\\n")


        if __name__ == "__main__":
            g()
    ''')
    assert untyped_expressions(tm) == []


# ---- range values and iterators used up at once (ADR 0012) --------------------


@pytest.mark.parametrize("expr, expected", [
    ("range(3)", "range"), ("range(1, 9, 2)[1:]", "range"), ("range(3)[0]", "int"), ("len(range(3))", "int"),
    ("range(3).stop", "int"), ("range(3).index(1)", "int"), ("2 in range(3)", "bool"),
    ("range(2) == range(0, 2)", "bool"), ("list(range(3))", "list[int]"), ("sorted(range(3))", "list[int]"),
    ("list(zip([1], ['a']))", "list[tuple[int, str]]"), ("list(enumerate('ab', 1))", "list[tuple[int, str]]"),
    ("dict(zip(['a'], [1.5]))", "dict[str, float]"), ("dict(enumerate([True]))", "dict[int, bool]"),
    ("set(reversed([1]))", "set[int]"), ("sum(reversed(range(3)))", "int"), ("max(zip('ab', [1, 2]))", "tuple[str, int]"),
    ("[a + b for a, b in zip([1], [2])]", "list[int]"), ("[k for k in {'a': 1}]", "list[str]"),
    ("''.join(reversed('ab'))", "str"), ("list(zip(range(2), range(3)))", "list[tuple[int, int]]"),
])
def test_range_and_iterator_types(expr: str, expected: str):
    assert printed_type(expr) == expected


def test_range_annotations_and_consumed_iterators_leave_nothing_untyped():
    tm = typed('''
        def evens(n: int) -> range:
            return range(0, n, 2)

        def total(r: range) -> int:
            return sum(r) + len(r) + r[-1]

        r = evens(10)
        pairs = list(zip(r, "abcde"))
        index = dict(enumerate(["x", "y"]))
        squares = [i * x for i, x in enumerate(reversed(r))]
        for i, (a, b) in enumerate(zip(r, r[1:])):
            print(i, a, b)
        print(total(r), pairs, index, squares, r.start, 4 in r)
    ''')
    assert str(tm.functions["evens"].ret) == "range" and str(tm.functions["total"].params[0][1]) == "range"
    assert str(tm.globals["pairs"]) == "list[tuple[int, str]]" and str(tm.globals["index"]) == "dict[int, str]"
    iterators = [n for n in ast.walk(tm.tree) if isinstance(n, ast.Call) and tm.calls[n].name in ("enumerate", "zip", "reversed")]
    assert len(iterators) == 6 and all(tm.calls[n].kind == "builtin" for n in iterators)
    leftover = [e for e in untyped_expressions(tm) if not e.startswith(("enumerate(", "zip(", "reversed("))]
    assert leftover == []


@pytest.mark.parametrize("source, message", [
    ("z = zip([1], [2])", "a zip object can only be used at once here"),
    ("def f() -> int:\n    return len(reversed([1]))", "a reversed object can only be used at once here"),
    ("print(enumerate('ab'))", "an enumerate object can only be used at once here"),
    ("print(sorted([range(1), range(2)]))", "'<' not supported between instances of 'range' and 'range'"),
    ("print(range(1) < range(2))", "'<' not supported between instances of 'range' and 'range'"),
    ("print(dict([1, 2]))", "dict() needs (key, value) pairs"),
])
def test_iterator_values_and_range_orderings_are_rejected(source: str, message: str):
    assert any(message in m for m in rejected(source))


def test_a_program_function_named_like_an_iterator_builtin_is_called_as_itself():
    tm = typed("def zip(n: int) -> list[int]:\n    return [n]\nfor x in zip(3):\n    print(x)\n")
    call = tm.tree.body[1].iter
    assert tm.calls[call].kind == "user" and tm.types[call] == tm.functions["zip"].ret


# ---- names -------------------------------------------------------------------


def test_names_resolve_to_locals_globals_and_constants():
    tm = typed('''
        import math
        from math import pi
        count = 0

        def bump(step: int) -> float:
            global count
            count += step
            local = step * 2
            return local * pi + math.e + count

        if __name__ == "__main__":
            print(bump(1))
    ''')
    fn = tm.functions["bump"]
    assert fn.locals == {"step": INT, "local": INT}
    assert fn.global_names == {"count"}
    assert tm.globals == {"count": INT}
    assert all(tm.names[n] == Global("count") for n in names_with_id(tm, "count"))
    assert all(tm.names[n] == Local("local") for n in names_with_id(tm, "local"))
    assert tm.names[names_with_id(tm, "pi")[0]] == Constant(math.pi)
    attribute = next(n for n in ast.walk(tm.tree) if isinstance(n, ast.Attribute))
    assert tm.names[attribute] == Constant(math.e) and tm.types[attribute] == FLOAT
    assert tm.names[names_with_id(tm, "__name__")[0]] == Constant("__main__")
    assert tm.imports == {"math"}


def test_assigning_a_global_without_declaration_makes_a_local():
    tm = typed('''
        x = 5

        def f() -> None:
            print(x)
            x = 3

        def g() -> int:
            return x
    ''')
    first, second = sorted((n for n in names_with_id(tm, "x") if n.lineno in (5, 6)), key=lambda n: n.lineno)
    assert tm.names[first] == Local("x") and tm.names[second] == Local("x")
    assert first in tm.maybe_unbound  # UnboundLocalError at runtime, as in CPython
    read_in_g = max(names_with_id(tm, "x"), key=lambda n: n.lineno)
    assert tm.names[read_in_g] == Global("x") and read_in_g not in tm.maybe_unbound


def test_a_read_before_the_first_assignment_in_source_order_gets_its_type():
    tm = typed('''
        first = True
        i = 0
        while i < 3:
            if not first:
                print(prev)
            prev = i * 1.5
            first = False
            i += 1
    ''')
    assert tm.globals == {"first": BOOL, "i": INT, "prev": FLOAT}
    assert unbound_lines(tm) == {(6, "prev")}


def test_globals_are_in_first_assignment_order():
    tm = typed('''
        b = 1
        a = 2.0
        for c in range(3):
            d = c > 1
    ''')
    assert list(tm.globals) == ["b", "a", "c", "d"]
    assert tm.globals["d"] == BOOL


# ---- maybe unbound ---------------------------------------------------------------


def test_for_loop_variable_may_be_unbound_after_the_loop():
    tm = typed('''
        def last(n: int) -> int:
            for i in range(n):
                pass
            return i
    ''')
    assert unbound_lines(tm) == {(5, "i")}


def test_assigned_in_both_branches_is_bound():
    tm = typed('''
        def pick(c: bool) -> int:
            if c:
                x = 1
            else:
                x = 2
            return x
    ''')
    assert tm.maybe_unbound == set()


def test_assigned_in_one_branch_may_be_unbound():
    tm = typed('''
        def pick(c: bool) -> int:
            if c:
                x = 1
            return x
    ''')
    assert unbound_lines(tm) == {(5, "x")}


def test_a_branch_that_returns_does_not_leave_x_unbound():
    tm = typed('''
        def pick(c: bool) -> int:
            if c:
                return 0
            else:
                x = 2
            return x
    ''')
    assert tm.maybe_unbound == set()


def test_while_body_assignment_may_be_unbound_after_the_loop():
    tm = typed('''
        def f(n: int) -> int:
            while n > 0:
                y = n
                n -= 1
            return y
    ''')
    assert unbound_lines(tm) == {(6, "y")}


def test_while_true_exits_only_through_break():
    tm = typed('''
        def f(n: int) -> int:
            while True:
                y = n * 2
                if y > 10:
                    break
                n += 1
            return y
    ''')
    assert tm.maybe_unbound == set()


def test_read_later_in_loop_body_than_assignment_is_maybe_unbound():
    tm = typed('''
        def f(n: int) -> int:
            total = 0
            for i in range(n):
                if i > 0:
                    total += prev
                prev = i
            return total
    ''')
    assert unbound_lines(tm) == {(6, "prev")}


def test_augmented_assignment_target_can_be_maybe_unbound():
    tm = typed('''
        flag = True
        if flag:
            n = 0
        n += 1
    ''')
    (target,) = tm.maybe_unbound
    assert isinstance(target.ctx, ast.Store) and target.lineno == 5
    assert tm.names[target] == Global("n")


def test_parameters_and_globals_read_in_functions_are_never_maybe_unbound():
    tm = typed('''
        def f(a: int) -> int:
            return a + LATER

        LATER = 1
    ''')
    assert tm.maybe_unbound == set()


def test_sys_exit_ends_a_path():
    tm = typed('''
        import sys

        def f(c: bool) -> int:
            if c:
                x = 1
            else:
                sys.exit(2)
            return x
    ''')
    assert tm.maybe_unbound == set()


# ---- calls -----------------------------------------------------------------------


def test_keyword_and_default_arguments_are_placed_in_parameter_order():
    tm = typed('''
        def f(a: int, b: float = 2.0, c: bool = False) -> float:
            return b

        print(f(1, c=True))
        print(f(c=False, a=3, b=-0.5))
    ''')
    fn = tm.functions["f"].node
    first, second = [n.args[0] for n in (tm.tree.body[1].value, tm.tree.body[2].value)]
    info = tm.calls[first]
    assert info.kind == "user" and info.name == "f"
    assert info.args[0] is first.args[0]
    assert info.args[1] is fn.args.defaults[0]
    assert info.args[2] is first.keywords[0].value
    assert [ast.unparse(a) for a in tm.calls[second].args] == ["3", "-0.5", "False"]
    assert tm.types[fn.args.defaults[0]] == FLOAT


def test_print_call_info_holds_sep_and_end():
    tm = typed('''
        print(1, 2.5, "x", None, sep="-", end="")
        print(3, sep=None)
    ''')
    first = tm.calls[tm.tree.body[0].value]
    assert first == CallInfo("builtin", "print", tm.tree.body[0].value.args,
                             tm.tree.body[0].value.keywords[0].value, tm.tree.body[0].value.keywords[1].value)
    assert tm.types[first.args[2]] == STR and tm.types[first.args[3]] == NONE
    second = tm.calls[tm.tree.body[1].value]
    assert second.sep is None and second.end is None


def test_call_kinds():
    tm = typed('''
        import math
        import sys
        from math import sqrt

        def f() -> None:
            raise ValueError("bad")

        for i in range(1, 10, 2):
            print(math.sqrt(i), sqrt(i))
        sys.exit(None)
    ''')
    kinds = {(info.kind, info.name) for info in tm.calls.values()}
    assert kinds == {("raise", "ValueError"), ("builtin", "range"), ("builtin", "print"),
                     ("math", "sqrt"), ("sys", "exit")}
    exit_call = tm.tree.body[-1].value
    assert tm.calls[exit_call].args == []  # sys.exit(None) is sys.exit()


def test_recursion_and_functions_defined_after_use():
    tm = typed('''
        def is_even(n: int) -> bool:
            if n == 0:
                return True
            return is_odd(n - 1)

        def is_odd(n: int) -> bool:
            if n == 0:
                return False
            return is_even(n - 1)

        def fact(n: int) -> int:
            return 1 if n <= 1 else n * fact(n - 1)

        print(is_even(10), fact(5))
    ''')
    assert tm.functions["is_odd"].ret == BOOL


# ---- conditions ------------------------------------------------------------------


def test_mixed_and_or_is_condition_only():
    tm = typed('''
        def f(n: int, x: float, flag: bool) -> int:
            if n and x:
                return 1
            while (n or x) and flag:
                n -= 1
            same = n and n
            assert not (x or n)
            return same if (flag or n) else 0
    ''')
    boolops = {ast.unparse(n): n for n in ast.walk(tm.tree) if isinstance(n, ast.BoolOp)}
    only = {ast.unparse(n) for n in tm.condition_only}
    assert only == {"n and x", "n or x", "(n or x) and flag", "x or n", "flag or n"}
    assert all(tm.types[boolops[text]] == BOOL for text in only)
    assert tm.types[boolops["n and n"]] == INT


# ---- statements -------------------------------------------------------------------


def test_empty_file_and_docstring_only_file_are_accepted():
    assert typed("").globals == {}
    assert typed('"""Only a docstring."""\n').functions == {}


def test_stub_body_and_pass():
    tm = typed('''
        def todo() -> None:
            ...

        def nothing() -> None:
            pass
    ''')
    assert set(tm.functions) == {"todo", "nothing"}


def test_tuple_packing_and_unpacking():
    tm = typed('''
        a, b = 1, 2.0
        a, b = a + 1, b * 2
        q, r = divmod(17.5, 4)
        x = y = 0
    ''')
    assert tm.globals == {"a": INT, "b": FLOAT, "q": FLOAT, "r": FLOAT, "x": INT, "y": INT}
    value = tm.tree.body[0].value
    assert str(tm.types[value]) == "tuple[int, float]"


def test_annotated_assignment_and_declaration():
    tm = typed('''
        def f() -> float:
            x: float = 1.5
            n: int
            n = 3
            return x * n
    ''')
    assert tm.functions["f"].locals == {"x": FLOAT, "n": INT}


def test_missing_return_is_not_reported_when_every_path_returns():
    typed('''
        import sys

        def a(n: int) -> int:
            while True:
                n += 1
                if n > 5:
                    return n

        def b(n: int) -> int:
            if n > 0:
                return 1
            else:
                raise ValueError("negative")

        def c(n: int) -> int:
            for i in range(n):
                pass
            else:
                return 0

        def d(n: int) -> int:
            assert False, "unreachable"

        def e(n: int) -> int:
            sys.exit(1)

        def f(n: int) -> int:
            if True:
                return n
    ''')


def test_while_true_with_break_can_complete():
    assert rejected('''
        def f(n: int) -> int:
            while True:
                if n > 3:
                    break
                n += 1
    ''') == ["missing return statement"]


def test_future_import_is_accepted():
    typed("from __future__ import annotations\nprint(1)\n")


# ---- robustness ---------------------------------------------------------------------


def test_syntax_error_is_one_diagnostic_at_its_position():
    with pytest.raises(CompileError) as info:
        check("x = 1\ny = (2 +\n", "t.py")
    (d,) = info.value.diagnostics
    assert d.span.line == 2


@pytest.mark.parametrize("source", [
    "x = 1\0\n",
    "x = '\udcff'\n",
    "\x00\x01\x02",
    "-" * 100_000 + "1\n",
    "x = " + "(" * 300 + "1" + ")" * 300 + "\n",
    "if x:\n    pass\n" + "elif x:\n    pass\n" * 3000,
    "x = " + " + ".join(["1"] * 5000) + "\n",
    "def f() -> int:\n" + "".join(" " * (i + 1) + "while True:\n" for i in range(25)) + " " * 26 + "return 1\n",
])
def test_hostile_input_gives_diagnostics(source: str):
    with pytest.raises(CompileError) as info:
        check(source, "t.py")
    assert info.value.diagnostics


def test_byte_order_mark_is_ignored():
    typed("\ufeffprint(1)\n")


def test_ten_megabytes_of_comments_are_fine_and_of_code_are_refused():
    comments = "# a comment line that is long enough to add up quickly\n" * 200_000
    assert len(comments) > 10_000_000
    assert check(comments + "print(1)\n", "big.py").globals == {}
    with pytest.raises(CompileError) as info:
        check("x = 1\n" * 1_700_000, "big.py")
    assert "too large" in info.value.diagnostics[0].message


def test_recursion_limit_is_restored():
    import sys
    before = sys.getrecursionlimit()
    typed("x = 1\n")
    rejected("x = y\n")
    assert sys.getrecursionlimit() == before
