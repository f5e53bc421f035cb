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
