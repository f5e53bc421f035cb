"""Verifier rules that IR text cannot break (the parser refuses such text), so
they are tested on modules built in memory, as a buggy pass would leave them.
Everything the text form can express is tested in tests/ir/verifier/*.ir.
"""

from __future__ import annotations

import pytest

from pyrite.ir.builder import Builder
from pyrite.ir.ops import I64, NONE, Function, Module
from pyrite.ir.verifier import VerifyError, verify


def module_with_entry() -> tuple[Module, Function, Builder]:
    module = Module("t.py")
    fn = module.add(Function(Module.ENTRY, [], NONE))
    b = Builder(fn, module)
    b.position_at_end(b.new_block("entry"))
    return module, fn, b


def problems(module: Module) -> list[str]:
    with pytest.raises(VerifyError) as err:
        verify(module)
    return err.value.problems


def test_two_blocks_with_one_name():
    module, fn, b = module_with_entry()
    other = b.new_block("next")
    b.br(other)
    b.position_at_end(other)
    b.ret()
    other.name = "entry"  # as a pass renaming blocks carelessly would
    assert any("two blocks are named ^entry" in p for p in problems(module))


def test_value_of_another_function():
    module, fn, b = module_with_entry()
    g = module.add(Function("g", [], I64))
    gb = Builder(g, module)
    gb.position_at_end(gb.new_block("entry"))
    foreign = gb.i64(1)
    gb.ret(foreign)
    b.rt("print_i64", [foreign])
    b.ret()
    assert any("not defined in this function" in p for p in problems(module))


def test_use_list_out_of_date():
    module, fn, b = module_with_entry()
    x = b.i64(1)
    b.rt("print_i64", [x])
    b.ret()
    x.uses.clear()  # as `op.args[0] = x` instead of the Rewriter would leave it
    assert any("use-list of" in p for p in problems(module))


def test_a_well_formed_module_passes():
    module, fn, b = module_with_entry()
    b.rt("print_i64", [b.i64(1)])
    b.ret()
    verify(module)
