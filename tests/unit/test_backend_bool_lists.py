"""A list[bool] keeps one byte per item (ADR 0013), in the C runtime and in the
inline list access the backend emits (backend/lists.py).

The check is on the LLVM IR of a sieve at -O2: every access tagged as a list
item is an i8 for a list[bool] and an i64 for a list[int] (the control, which
shows that the check reads the right instructions). Running programs on
list[bool] is tests/run/bool_list_*.py's job.
"""

from __future__ import annotations

import re

import pytest

from pyrite.cli import main

SIEVE = '''
def sieve(n: int) -> list[{t}]:
    flags = [{one}] * (n + 1)
    flags[0] = {zero}
    i = 2
    while i * i <= n:
        if flags[i]:
            for k in range(i * i, n + 1, i):
                flags[k] = {zero}
        i += 1
    return flags


print(sum(sieve(1000000)))
'''

_ACCESS = re.compile(r"^\s*(?:%\S+ = )?(load|store) (i\d+)\b.*!tbaa (!\d+)", re.M)


def _item_tags(llvm_ir: str) -> set[str]:
    """The access tags whose type node is the backend's "list item"."""
    nodes = set(re.findall(r'^(!\d+) = !\{!"list item"', llvm_ir, re.M))
    return {tag for tag, node in re.findall(r"^(!\d+) = !\{(!\d+), \2, i64 0\}", llvm_ir, re.M) if node in nodes}


def _item_accesses(tmp_path, capsys, elem: str, one: str, zero: str) -> list[tuple[str, str]]:
    path = tmp_path / "sieve.py"
    path.write_text(SIEVE.format(t=elem, one=one, zero=zero))
    assert main(["emit", "-O2", "--stage", "llvm", str(path)]) == 0
    llvm_ir = capsys.readouterr().out
    tags = _item_tags(llvm_ir)
    return [(op, ty) for op, ty, tag in _ACCESS.findall(llvm_ir) if tag in tags]


@pytest.mark.parametrize(
    "elem, one, zero, width",
    [("bool", "True", "False", "i8"), ("int", "1", "0", "i64")],
)
def test_list_items_are_bytes_only_for_bool(tmp_path, capsys, elem, one, zero, width):
    accesses = _item_accesses(tmp_path, capsys, elem, one, zero)
    assert ("store", width) in accesses  # the inner loop's flags[k] = zero
    assert ("load", width) in accesses  # if flags[i]
    assert {ty for _, ty in accesses} == {width}
