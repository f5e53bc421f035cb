"""Tuple and optional types: their spelling, and the descriptor text the backend parses (ADR 0008)."""

import pytest

from pyrite.frontend.typed import INT, STR, optional_of, tuple_of, var_tuple_of
from pyrite.runtime.objects import parse_descriptor


def test_types_are_spelled_as_python_spells_them():
    assert str(tuple_of(INT, STR)) == "tuple[int, str]"
    assert str(tuple_of()) == "tuple[]"
    assert str(var_tuple_of(INT)) == "tuple[int, ...]"
    assert str(optional_of(tuple_of(INT, INT))) == "tuple[int, int] | None"
    assert var_tuple_of(INT).is_var_tuple and not tuple_of(INT, INT).is_var_tuple


def test_descriptor_of_a_homogeneous_tuple_keeps_its_ellipsis():
    assert parse_descriptor("tuple[int, ...]") == ("tuple", [("int", []), ("...", [])])
    assert parse_descriptor("list[tuple[str, ...]]") == ("list", [("tuple", [("str", []), ("...", [])])])


def test_descriptor_of_the_empty_tuple_has_no_arguments():
    assert parse_descriptor("tuple[]") == ("tuple", [])
    assert parse_descriptor("tuple[tuple[], int]") == ("tuple", [("tuple", []), ("int", [])])


@pytest.mark.parametrize("text", ["tuple[..., int]", "tuple[int, ..., int]", "list[int, ...]", "list[]",
                                  "tuple[int, ...", "tuple[int, int, ...]"])
def test_misplaced_ellipsis_is_a_bad_descriptor(text):
    with pytest.raises(ValueError):
        parse_descriptor(text)


# ---- the types of t + s, t * n and t[a:b:c] (frontend/tuples.py) ----------------------

import ast  # noqa: E402

from pyrite.diagnostics import CompileError  # noqa: E402
from pyrite.frontend import check  # noqa: E402
from pyrite.frontend.tuples import MAX_REPEATED, binop_type, constant_slice  # noqa: E402
from pyrite.frontend.typed import BOOL, FLOAT  # noqa: E402


def count(text: str) -> ast.expr:
    return ast.parse(text, mode="eval").body


def test_fixed_tuples_join_into_a_fixed_tuple():
    assert binop_type(ast.Add(), tuple_of(INT, STR), tuple_of(FLOAT), None) == tuple_of(INT, STR, FLOAT)
    assert binop_type(ast.Add(), tuple_of(), tuple_of(), None) == tuple_of()


def test_a_var_tuple_joins_only_tuples_of_its_item_type():
    ints = var_tuple_of(INT)
    assert binop_type(ast.Add(), ints, tuple_of(INT, INT), None) == ints
    assert binop_type(ast.Add(), tuple_of(INT), ints, None) == ints
    assert binop_type(ast.Add(), ints, tuple_of(), None) == ints
    assert binop_type(ast.Add(), ints, ints, None) == ints
    assert binop_type(ast.Add(), ints, var_tuple_of(FLOAT), None) is None
    assert binop_type(ast.Add(), ints, tuple_of(INT, STR), None) is None
    assert binop_type(ast.Sub(), ints, ints, None) is None


def test_a_literal_count_repeats_a_fixed_tuple_into_a_fixed_tuple_up_to_a_size():
    pair = tuple_of(INT, STR)
    assert binop_type(ast.Mult(), pair, INT, count("2")) == tuple_of(INT, STR, INT, STR)
    assert binop_type(ast.Mult(), INT, pair, count("-1")) == tuple_of()
    assert binop_type(ast.Mult(), pair, INT, count("n")) is None  # items of two types, a count unknown
    assert binop_type(ast.Mult(), pair, INT, count(str(MAX_REPEATED))) is None
    assert binop_type(ast.Mult(), tuple_of(INT), INT, count("n")) == var_tuple_of(INT)
    assert binop_type(ast.Mult(), tuple_of(INT), BOOL, count(str(MAX_REPEATED + 1))) == var_tuple_of(INT)
    assert binop_type(ast.Mult(), var_tuple_of(STR), INT, count("3")) == var_tuple_of(STR)
    assert binop_type(ast.Mult(), var_tuple_of(STR), FLOAT, count("3")) is None


def test_constant_slices_are_read_from_the_source():
    assert constant_slice(count("t[1:]").slice) == slice(1, None, None)
    assert constant_slice(count("t[-2::-1]").slice) == slice(-2, None, -1)
    assert constant_slice(count("t[None:3]").slice) == slice(None, 3, None)
    assert constant_slice(count("t[i:]").slice) is None
    assert constant_slice(count("t[True:]").slice) is None


def hints(source: str) -> list[tuple[str, str | None]]:
    with pytest.raises(CompileError) as info:
        check(source, "t.py")
    return [(d.message, d.hint) for d in info.value.diagnostics]


def test_joining_onto_a_fixed_tuple_suggests_a_var_tuple():
    [(message, hint)] = hints("t = (1, 2)\nt += (3,)\n")
    assert "would make 't' tuple[int, int, int]" in message
    assert hint == "declare 't: tuple[int, ...]' to let its length change"


def test_tuple_operators_do_not_give_the_comparison_hint():
    [(_, hint)] = hints("u: tuple[int, ...] = (1,)\nw = (1.5, 2.5)\nprint(u + w)\n")
    assert hint == "a tuple[int, ...] joins only tuples of int items; convert the items first"
    [(_, hint)] = hints("p = (1, 'a')\nn = 2\nprint(p * n)\n")
    assert hint.startswith("its items have different types: repeat it a literal number of times")
    [(message, hint)] = hints("t = (1, 2)\nprint(-t)\n")
    assert message == "bad operand type for unary -: 'tuple[int, int]'" and hint is None


def test_a_tuple_where_a_scalar_is_wanted_gets_a_hint_that_fits():
    [(message, hint)] = hints("pair = (1, 2)\nprint(abs(pair))\n")
    assert message == "a tuple cannot be used as an argument of abs()"
    assert hint == "take one item, e.g. pair[0], or unpack it: a, b = pair"
    [(_, hint)] = hints("print(abs(divmod(7, 2)))\n")
    assert hint == "unpack it first: q, r = divmod(a, b)"
