"""Pending exceptions, uncaught-exception reports and sys.exit, against CPython."""

import ctypes
import re
import subprocess
import sys

import pytest

from pyrite.runtime import EXCEPTION_KINDS

FRAME = re.compile(r'  File "(.*)", line (\d+), in (.*)')


def raise_(runtime, kind: str, message: bytes) -> None:
    getattr(runtime, "raise")(EXCEPTION_KINDS.index(kind), message, len(message))


def test_raise_sets_the_pending_exception_and_copies_the_message(runtime):
    message = ctypes.create_string_buffer(b"division by zero")
    raise_(runtime, "ZeroDivisionError", message.raw[:16])
    ctypes.memset(message, ord("x"), 16)  # the runtime must have its own copy
    assert runtime.global_value("pyrite_exc_pending", ctypes.c_bool).value
    assert runtime.take_exception() == ("ZeroDivisionError", "division by zero")
    assert not runtime.global_value("pyrite_exc_pending", ctypes.c_bool).value


def test_raise_without_message(runtime):
    raise_(runtime, "AssertionError", b"")
    assert runtime.global_value("pyrite_exc_msg_len", ctypes.c_int64).value == 0
    assert runtime.take_exception() == ("AssertionError", "")


def test_a_new_raise_replaces_the_old_one(runtime):
    raise_(runtime, "ValueError", b"first")
    raise_(runtime, "KeyError", b"'k'")
    assert runtime.take_exception() == ("KeyError", "'k'")


def test_depth_starts_at_the_module_frame(runtime):
    assert runtime.global_value("pyrite_depth", ctypes.c_int64).value == 1


def cpython_run(tmp_path, source: str) -> subprocess.CompletedProcess:
    program = tmp_path / "program.py"
    program.write_text(source)
    return subprocess.run([sys.executable, str(program)], capture_output=True, timeout=60)


def replay_uncaught(runtime_child, stdout: str, stderr: str) -> subprocess.CompletedProcess:
    """Raise in a child what CPython's stderr reports, with its frames, and report it."""
    lines = stderr.splitlines()
    frames = [FRAME.fullmatch(line).groups() for line in lines if FRAME.fullmatch(line)]
    kind, _, message = lines[-1].partition(": ")
    body = [f"runtime.write_str({stdout.encode()!r}, {len(stdout.encode())})",
            f"getattr(runtime, 'raise')({EXCEPTION_KINDS.index(kind)}, {message.encode()!r},"
            f" {len(message.encode())})",
            "keep = []"]
    for file, line, func in reversed(frames):  # innermost first, as they unwind
        body.append(f"keep += [ctypes.create_string_buffer({file.encode()!r}),"
                    f" ctypes.create_string_buffer({func.encode()!r})]")
        body.append(f"runtime.traceback_add(keep[-2], keep[-1], {line})")
    body.append("runtime.report_uncaught()")
    return runtime_child("import ctypes\n" + "\n".join(body) + "\n")


UNCAUGHT = {
    "ZeroDivisionError": "def f(n):\n    return 1 // n\n\ndef g(n):\n    return f(n) + 1\n\n"
                         "print('partial', end='')\ng(0)\n",
    "AssertionError": "def check(x):\n    assert x > 0\n\nprint('before')\ncheck(-1)\n",
    "KeyError": "d = {'a': 1}\n\ndef get(k):\n    return d[k]\n\nget('missing')\n",
    "no frames but the module": "x = int('12a')\n",
}


@pytest.mark.parametrize("case", UNCAUGHT)
def test_report_uncaught_prints_what_cpython_prints(tmp_path, runtime_child, case):
    expected = cpython_run(tmp_path, UNCAUGHT[case])
    assert expected.returncode == 1
    stderr = expected.stderr.decode()
    child = replay_uncaught(runtime_child, expected.stdout.decode(), stderr)
    # Pyrite prints no source lines (nor CPython's ^^^ markers) under the frames
    without_source = "".join(line for line in stderr.splitlines(keepends=True)
                             if not line.startswith("    "))
    assert child.stderr.decode() == without_source
    assert child.stdout == expected.stdout
    assert child.returncode == 1


def test_report_uncaught_bounds_the_traceback(runtime_child):
    frames = 130
    body = ("getattr(runtime, 'raise')(4, b'maximum recursion depth exceeded', 32)\n"
            "file, func = ctypes.create_string_buffer(b'r.py'), ctypes.create_string_buffer(b'f')\n"
            f"for line in range({frames}):\n"
            "    runtime.traceback_add(file, func, line)\n"
            "runtime.report_uncaught()\n")
    child = runtime_child("import ctypes\n" + body)
    outermost = [f'  File "r.py", line {line}, in f' for line in range(frames - 1, frames - 51, -1)]
    innermost = [f'  File "r.py", line {line}, in f' for line in range(49, -1, -1)]
    assert child.stderr.decode().splitlines() == [
        "Traceback (most recent call last):", *outermost, "  [... 30 more frames ...]",
        *innermost, "RecursionError: maximum recursion depth exceeded"]
    assert child.returncode == 1


@pytest.mark.parametrize("call, python", [
    ("runtime.exit(3)", "sys.exit(3)"),
    ("runtime.exit(0)", "sys.exit(0)"),
    ("runtime.exit_msg(b'bad input', 9)", "sys.exit('bad input')"),
])
def test_exit_does_what_sys_exit_does(tmp_path, runtime_child, call, python):
    expected = cpython_run(tmp_path, f"import sys\nsys.stdout.write('unflushed')\n{python}\n")
    child = runtime_child(f"runtime.write_str(b'unflushed', 9)\n{call}\n")
    assert (child.stdout, child.stderr, child.returncode) == (
        expected.stdout, expected.stderr, expected.returncode)
