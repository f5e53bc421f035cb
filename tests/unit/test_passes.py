"""The pass manager: ordering rules, observability flags, and the verifier catching a bad pass."""

from __future__ import annotations

import io

import pytest

from pyrite.ir.builder import Rewriter
from pyrite.ir.parser import parse_module
from pyrite.ir.printer import print_module
from pyrite.ir.verifier import VerifyError, verify
from pyrite.passes import pipeline
from pyrite.passes.manager import PassOptions, run_passes

LOOP = """
module "t.py"
func @f(%n: i64) -> i64 {
^entry:
  %s = slot.i64
  %z = const.i64 0
  store %s, %z
  %two = const.i64 2
  %three = const.i64 3
  %six = mul.i64 %two, %three
  br ^head(%z)
^head(%i: i64):
  %c = lt.i64 %i, %n
  cbr %c, ^body, ^exit
^body:
  %v = load %s
  %w = add.i64 %v, %six
  store %s, %w
  %one = const.i64 1
  %j = add.i64 %i, %one
  br ^head(%j)
^exit:
  %r = load %s
  ret %r
}
"""


@pytest.mark.parametrize("level", sorted(pipeline.PIPELINES))
def test_pipelines_respect_must_precede(level):
    names = pipeline.PIPELINES[level]
    for first, then in pipeline.MUST_PRECEDE:
        if first in names and then in names:
            assert names.index(first) < names.index(then), (level, first, then)


@pytest.mark.parametrize("level", sorted(pipeline.PIPELINES))
def test_refcount_ends_every_pipeline(level):
    names = pipeline.PIPELINES[level]
    assert names[-1] == pipeline.MUST_BE_LAST and names.count(pipeline.MUST_BE_LAST) == 1


def test_every_pipeline_pass_is_known():
    for names in pipeline.PIPELINES.values():
        assert set(names) <= set(pipeline.PASSES)


def test_o2_folds_and_promotes():
    module = parse_module(LOOP)
    run_passes(module, pipeline.O2, PassOptions(verify_each=True))
    text = print_module(module)
    assert "slot" not in text and "load" not in text
    assert "const.i64 6" in text and "mul.i64" not in text


def test_print_after_and_time_passes_write_to_the_stream():
    out = io.StringIO()
    run_passes(parse_module(LOOP), ["mem2reg", "dce"], PassOptions(print_after={"mem2reg"}, time_passes=True, out=out))
    text = out.getvalue()
    assert "; *** IR after mem2reg on @f ***" in text
    assert "IR after dce" not in text
    assert "timing report" in text and "mem2reg" in text.split("timing report")[1]


def test_bisect_limit_stops_after_n_pass_runs():
    out = io.StringIO()
    module = parse_module(LOOP)
    run_passes(module, ["mem2reg", "constfold"], PassOptions(bisect_limit=1, out=out))
    lines = out.getvalue().splitlines()
    assert lines == ["BISECT: running pass (1) mem2reg on @f", "BISECT: NOT running pass (2) constfold on @f"]
    assert "mul.i64" in print_module(module)  # constfold did not run


def test_disabled_pass_does_not_run():
    module = parse_module(LOOP)
    run_passes(module, ["mem2reg"], PassOptions(disabled={"mem2reg"}))
    assert "slot.i64" in print_module(module)


def test_verify_each_names_the_pass_that_broke_the_ir(monkeypatch):
    def breaks_ir(fn):
        entry = fn.entry
        Rewriter(fn).erase(entry.terminator)  # leaves a block without a terminator
        return True

    monkeypatch.setitem(pipeline.PASSES, "breaks_ir", breaks_ir)
    module = parse_module(LOOP)
    with pytest.raises(VerifyError) as err:
        run_passes(module, ["breaks_ir"], PassOptions(verify_each=True))
    assert "after pass breaks_ir" in str(err.value)
    assert "does not end with a terminator" in str(err.value)


def test_passes_keep_output_verifiable_and_are_stable():
    module = parse_module(LOOP)
    run_passes(module, pipeline.O2)
    verify(module)
    once = print_module(module)
    run_passes(module, pipeline.O2)
    assert print_module(module) == once


def test_refcount_liveness_orders_the_blocks_once(monkeypatch):
    """Liveness ordered the blocks again for every block: quadratic in the function's size
    (a fuzzer program spent 30% of its time there)."""
    from pyrite.frontend import check
    from pyrite.irgen import lower_module
    from pyrite.passes import refcount

    lines = ["def f(n: int) -> str:", "    s = ''"]
    lines += [f"    if n > {i}:\n        s = s + 'x'" for i in range(60)]
    lines.append("    return s")
    module = lower_module(check("\n".join(lines) + "\nprint(f(3))\n", "t.py"))
    run_passes(module, [name for name in pipeline.O2 if name != "refcount"])
    fn = module.functions["f"]
    calls = []
    original = refcount.reverse_postorder
    monkeypatch.setattr(refcount, "reverse_postorder", lambda f: calls.append(f) or original(f))
    live_in, _ = refcount.liveness(fn)
    assert len(fn.blocks) > 50
    assert len(calls) == 1
    assert any(live_in.values())  # the str values are owned and live across blocks


def test_bisect_limit_never_skips_the_required_refcount_pass():
    """Without refcount every object leaks: a bisect limit (the fuzzer's partial pipelines, `pyrite bisect`
    at limit 0) that skipped it made any program with a str or container fail with a RefcountError."""
    out = io.StringIO()
    module = parse_module(LOOP)
    run_passes(module, ["mem2reg", "constfold", "refcount"], PassOptions(bisect_limit=1, out=out))
    assert out.getvalue().splitlines() == ["BISECT: running pass (1) mem2reg on @f",
                                           "BISECT: NOT running pass (2) constfold on @f",
                                           "BISECT: running required pass refcount on @f"]
