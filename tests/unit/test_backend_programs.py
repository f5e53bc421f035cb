"""Whole IR programs through the backend, against the IR interpreter.

The interpreter (`ir/interp.py`, built on `ir/semantics.py`) is the reference:
stdout, the last line of stderr and the exit status must agree, as an
executable and in the JIT, at -O0 and -O2. Where the traceback is short its
whole text must agree too (frames outermost first, file, line, function).
"""

from __future__ import annotations

import io
import textwrap

import pytest

from pyrite.ir.interp import run_module
from pyrite.ir.parser import parse_module
from pyrite.ir.semantics import PyRaise

from test_backend_harness import FILENAME, Op, OpTable, Outcome, check_table, program_outcomes, traceback


def reference(text: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    status = run_module(parse_module(text), out, err)
    return Outcome(out.getvalue(), err.getvalue(), status)


def check_program(text: str, tmp_path, whole_stderr: bool = True, levels=(0, 2)) -> Outcome:
    text = textwrap.dedent(text)
    expected = reference(text)
    for mode, actual in program_outcomes(text, tmp_path, levels).items():
        assert actual.stdout == expected.stdout, f"{mode}: stdout differs"
        assert actual.last_stderr_line == expected.last_stderr_line, f"{mode}: {actual.stderr[-2000:]}"
        assert actual.status == expected.status, f"{mode}: status {actual.status}, stderr {actual.stderr[-2000:]}"
        if whole_stderr:
            assert actual.stderr == expected.stderr, mode
    return expected


def test_loops_block_arguments_and_calls(tmp_path):
    # sum of i*i for i < n, a cbr whose two edges go to one block with different
    # arguments, and a call in a loop
    check_program(f"""
        module "{FILENAME}"
        func @sq(%x: i64) -> i64 {{
        ^entry:
          %r = mul.i64 %x, %x  loc(2:11)
          ret %r
        }}
        func @pick(%c: i1, %a: i64, %b: i64) -> i64 {{
        ^entry:
          cbr %c, ^join(%a), ^join(%b)
        ^join(%v: i64):
          ret %v
        }}
        func @__module__() -> none {{
        ^entry:
          %zero = const.i64 0
          %n = const.i64 100
          br ^loop(%zero, %zero)
        ^loop(%i: i64, %acc: i64):
          %done = ge.i64 %i, %n
          cbr %done, ^exit, ^body
        ^body:
          %s = call @sq(%i)  loc(9:8)
          %acc2 = add.i64 %acc, %s  loc(9:4)
          %one = const.i64 1
          %i2 = add.i64 %i, %one  loc(10:4)
          br ^loop(%i2, %acc2)
        ^exit:
          rt @print_i64(%acc)
          %nl = const.str "\\n"
          rt @print_str(%nl)
          %t = const.i1 true
          %f = const.i1 false
          %seven = const.i64 7
          %p1 = call @pick(%t, %seven, %n)  loc(12:0)
          %p2 = call @pick(%f, %seven, %n)  loc(13:0)
          rt @print_i64(%p1)
          rt @print_str(%nl)
          rt @print_i64(%p2)
          rt @print_str(%nl)
          ret
        }}
    """, tmp_path)


def test_slots_and_globals(tmp_path):
    # a slot starts at zero each time its op runs; globals start at zero and are shared
    check_program(f"""
        module "{FILENAME}"
        global @count: i64
        global @total: f64
        global @flag: i1
        func @bump(%by: i64) -> none {{
        ^entry:
          %g = globalref @count
          %old = load %g
          %new = add.i64 %old, %by  loc(4:4)
          store %g, %new
          ret
        }}
        func @__module__() -> none {{
        ^entry:
          %zero = const.i64 0
          %three = const.i64 3
          %nl = const.str "\\n"
          br ^loop(%zero)
        ^loop(%i: i64):
          %more = lt.i64 %i, %three
          cbr %more, ^body, ^done
        ^body:
          %cell = slot.i64
          %before = load %cell
          rt @print_i64(%before)
          rt @print_str(%nl)
          store %cell, %i
          call @bump(%i)  loc(8:4)
          %one = const.i64 1
          %next = add.i64 %i, %one
          br ^loop(%next)
        ^done:
          %g = globalref @count
          %c = load %g
          rt @print_i64(%c)
          rt @print_str(%nl)
          %tg = globalref @total
          %t = load %tg
          rt @print_f64(%t)
          rt @print_str(%nl)
          %fg = globalref @flag
          %fl = load %fg
          rt @print_bool(%fl)
          rt @print_str(%nl)
          rt @print_none()
          rt @print_str(%nl)
          %u = const.str "h\\u00e9llo \\u2713"
          rt @print_str(%u)
          rt @print_str(%nl)
          ret
        }}
    """, tmp_path)


TRACEBACK = f"""
    module "{FILENAME}"
    func @inner(%x: i64) -> i64 {{
    ^entry:
      %zero = const.i64 0
      %r = floordiv.i64 %x, %zero  loc(3:11)
      ret %r
    }}
    func @middle(%x: i64) -> i64 {{
    ^entry:
      %r = call @inner(%x)  loc(7:11)
      ret %r
    }}
    func @__module__() -> none {{
    ^entry:
      %one = const.i64 1
      rt @print_i64(%one)
      %nl = const.str "\\n"
      rt @print_str(%nl)
      %r = call @middle(%one)  loc(10:0)
      rt @print_i64(%r)
      ret
    }}
"""


def test_traceback_frames_outermost_first(tmp_path):
    expected = check_program(TRACEBACK, tmp_path)
    assert expected.stderr == traceback([("<module>", 10), ("middle", 7), ("inner", 3)], "ZeroDivisionError",
                                        "integer division or modulo by zero")


def test_traceback_uses_python_names(tmp_path):
    """A function's `pyname` (what Python calls it) is what the traceback shows."""
    from pyrite.backend import emit_object, link_executable, lower_module

    from test_backend_harness import run_exe

    module = parse_module(textwrap.dedent(TRACEBACK))
    module.functions["middle"].pyname = "Shape.area"
    obj = tmp_path / "names.o"
    obj.write_bytes(emit_object(lower_module(module), 2))
    link_executable(str(obj), str(tmp_path / "names"))
    actual = run_exe(tmp_path / "names")
    assert actual.stderr == traceback([("<module>", 10), ("Shape.area", 7), ("inner", 3)], "ZeroDivisionError",
                                      "integer division or modulo by zero")


RECURSION = f"""
    module "{FILENAME}"
    global @deepest: i64
    func @down(%n: i64) -> i64 {{
    ^entry:
      %g = globalref @deepest
      store %g, %n
      %one = const.i64 1
      %m = add.i64 %n, %one  loc(4:15)
      %r = call @down(%m)  loc(5:11)
      ret %r
    }}
    func @__module__() -> none {{
    ^entry:
      %one = const.i64 1
      %r = call @down(%one)  loc(8:0)
      ret
    }}
"""


def test_recursion_error_at_cpython_depth(tmp_path):
    """The module frame is depth 1; @down can nest 999 deep, the 1000th call raises."""
    check_program(RECURSION, tmp_path, whole_stderr=False)


def test_deepest_frame_reached(tmp_path):
    """RecursionError and deep exceptions in one process: each case starts afresh at depth 1."""
    extra = """
func @down(%n: i64) -> i64 {
^entry:
  %zero = const.i64 0
  %neg = lt.i64 %n, %zero
  cbr %neg, ^flat, ^check
^flat:
  ret %n
^check:
  %last = eq.i64 %n, %zero
  cbr %last, ^boom, ^more
^boom:
  %seven = const.i64 7
  %q = floordiv.i64 %seven, %n  loc(30:4)
  ret %q
^more:
  %one = const.i64 1
  %m = sub.i64 %n, %one
  %r = call @down(%m)  loc(31:4)
  %r1 = add.i64 %r, %one
  ret %r1
}
"""

    def down(n: int) -> int:
        # frames: <module> (depth 1), @op0 (2), then @down(n) ... @down(0): n + 1 more
        if n < 0:
            return n
        if n + 3 > 1000:
            raise PyRaise("RecursionError", "maximum recursion depth exceeded")
        raise PyRaise("ZeroDivisionError", "integer division or modulo by zero")

    inputs = [(998,), (997,), (5000,), (996,), (0,), (-1,), (1,), (999,), (997,), (998,)]
    table = OpTable("deep", ["i64"], [Op("%r = call @down(%a)", "i64", down)], inputs, [], extra=extra)
    table.sample_raising = lambda: []  # their tracebacks are deep; the batch run checks them
    check_table(table, tmp_path)


@pytest.mark.parametrize("status", [0, 3, 256 + 7])
def test_exit_status(tmp_path, status):
    check_program(f"""
        module "{FILENAME}"
        func @__module__() -> none {{
        ^entry:
          %s = const.str "before\\n"
          rt @print_str(%s)
          %c = const.i64 {status}
          rt @exit(%c)  loc(2:0)
          rt @print_str(%s)
          ret
        }}
    """, tmp_path, levels=(2,))


def test_exit_with_message_and_raise(tmp_path):
    check_program(f"""
        module "{FILENAME}"
        func @__module__() -> none {{
        ^entry:
          %s = const.str "bye"
          rt @exit_msg(%s)  loc(2:0)
          ret
        }}
    """, tmp_path, levels=(2,))
    for raise_op in ['raise AssertionError  loc(3:4)', 'raise ValueError %m  loc(3:4)', 'raise KeyError %m  loc(3:4)']:
        check_program(f"""
            module "{FILENAME}"
            func @check(%x: i64) -> none {{
            ^entry:
              %m = const.str "bad value: \\u00e9"
              {raise_op}
            }}
            func @__module__() -> none {{
            ^entry:
              %x = const.i64 5
              call @check(%x)  loc(5:0)
              ret
            }}
        """, tmp_path, levels=(0,))


def test_raise_with_computed_message(tmp_path):
    """A message built at run time (str(x)) outlives the frame that built it."""
    check_program(f"""
        module "{FILENAME}"
        func @check(%x: i64) -> none {{
        ^entry:
          %m = rt @str_i64(%x)
          raise IndexError %m  loc(3:4)
        }}
        func @__module__() -> none {{
        ^entry:
          %x = const.i64 -12345
          call @check(%x)  loc(5:0)
          ret
        }}
    """, tmp_path, levels=(0, 2))
