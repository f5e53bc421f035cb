"""Native runs for the oracle: JIT-compile and run a program in a forked child, fast.

    outcome = run_native(module, level=2, workdir="/tmp/x")

`pyrite run` emits the whole runtime (about 90 functions) into every program's
LLVM module; most of a small program's native compile time went into that.
Here the runtime is built once per process instead, and reused in a way that
leaves what each -O level compiles unchanged:

- -O2: the program is lowered with the runtime only declared; the runtime is
  compiled at -O2 once (o2_runtime.py, ADR 0015) and loaded beside the program
  as an object, as the compiled C runtime is (backend/jit.add_c_runtime). Its
  small functions' bodies are linked in for LLVM to inline, as `pyrite run`
  does with the C runtime's, and everything but `main` and the runtime's
  globals is made internal. LLVM's -O2 then optimises the program, not the
  runtime's big functions again: where `pyrite run -O2` differs is only that
  those are not inlined or specialised into the program.
- -O0: LLVM's -O0 inlines nothing, so the runtime is compiled once at -O0 into a
  JIT engine, with the compiled C runtime loaded beside it, and each program's
  module is added to that engine (MCJIT resolves the program's runtime calls
  against them). Linking the C runtime's bitcode into each program instead cost
  about 0.4 s a program, most of a program's -O0 compile.

The exact `pyrite build` path (whole-module lowering, object file, `cc`) is
checked by `run_built`, which the campaign uses on every Nth program.

Compiled code ends with the C library's `exit`, so it runs in a forked child
whose stdout and stderr go to files; compiling happens in the child too, so an
LLVM crash costs one program, not the worker. In the JIT the program's `exit`
is bound to a flush and `_exit` instead: the C library's `exit` would also run
the exit handlers the parent registered (LLVM's, or a library's that waits for
its threads, which a forked child does not have), and in a pytest-xdist worker
one of them blocked the child forever.
"""

from __future__ import annotations

import ctypes
import gc
import os
import resource
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

CPU_LIMIT = 20  # seconds of CPU time a child may use (compile and run): a hang, whatever the machine's load
NATIVE_TIMEOUT = 60.0  # wall-clock backstop (a child blocked without using CPU)
TIMEOUT_STATUS = -999


@dataclass(frozen=True)
class Outcome:
    """What a program did: its stdout, the last non-blank line of its stderr, its exit status."""

    stdout: str
    last_stderr: str
    status: int


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


_cache: dict[str, object] = {}


def runtime_bitcode() -> bytes:
    """The runtime alone, external linkage, for this machine (kept on disk: backend/llvm_runtime.py)."""
    from ..backend import target
    from ..backend.llvm_runtime import runtime_bitcode as kept

    return kept(target.host_triple())


_EXIT_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_int)


@_EXIT_TYPE
def _flush_and_exit(status: int) -> None:
    """The JIT's `exit`: flush the C streams and leave without running any exit handler."""
    ctypes.CDLL(None).fflush(None)
    os._exit(status & 0xFF)


def bind_exit() -> None:
    """Resolve `exit` in JIT-compiled code to _flush_and_exit (before any engine is made)."""
    if "exit" not in _cache:
        import llvmlite.binding as llvm

        llvm.add_symbol("exit", ctypes.cast(_flush_and_exit, ctypes.c_void_p).value)
        _cache["exit"] = _flush_and_exit


def o0_engine():
    """An MCJIT engine holding the runtime compiled at -O0 (made once per process)."""
    if "engine" not in _cache:
        import llvmlite.binding as llvm

        from ..backend import target
        from ..backend.crt import runtime_objects
        from ..backend.llvm_passes import optimize_llvm

        bind_exit()  # the runtime's calls to exit are resolved when the engine is finalized
        ref = optimize_llvm(llvm.parse_bitcode(runtime_bitcode()), 0, target.host_triple(), target.HOST_CPU,
                            link_c=False)
        engine = llvm.create_mcjit_compiler(ref, target.target_machine(None, 0, target.HOST_CPU))
        for path in runtime_objects():  # the compiled C runtime, once: every program resolves against it
            engine.add_object_file(path)
        engine.finalize_object()
        _cache["engine"] = engine
    return _cache["engine"]


def warm_up() -> None:
    """Build the runtime caches now (before forking), so no child builds them again.

    Besides the -O0 engine and the runtime's bitcode, lowering fills caches of its
    own on first use (the C runtime's parameter extensions, parsed from its whole
    bitcode; its function table; its callbacks). A child that filled them threw
    them away at exit, about 70 ms of every -O0 run; so a small program that calls
    the C runtime is lowered (and at -O2 optimised) here once, engine-free."""
    o0_engine()
    if "lowering" not in _cache:
        from .oracle import compile_text

        modules = compile_text(WARM_UP_PROGRAM, "warm-up.py")
        for level in (0, 2):
            _llvm_module(modules[level], level)
        _cache["lowering"] = True


WARM_UP_PROGRAM = """\
def main() -> None:
    words: list[str] = ["b", "a"]
    words.sort()
    print(" ".join(words), len(words), 2.5, {1: "x"})


main()
"""


def _llvm_module(module, level: int):
    """The program's LLVM module as the -O`level` JIT compiles it (with the runtime at -O2)."""
    from ..backend import target
    from ..backend.llvm_passes import optimize_llvm, parse_llvm
    from ..backend.lower import lower_module
    from ..runtime.abi import GLOBALS
    from .o2_runtime import define_globals, hide_globals, o2_runtime

    llmod = lower_module(module, runtime=False)
    if level == 0:
        return optimize_llvm(parse_llvm(str(llmod)), 0, target.host_triple(), target.HOST_CPU, link_c=False)
    runtime = o2_runtime()
    define_globals(llmod, runtime)
    ref = parse_llvm(str(llmod))
    hide_globals(ref)
    ref.link_in(runtime.inline, preserve=True)
    return optimize_llvm(ref, level, target.host_triple(), target.HOST_CPU, entry_points={"main", *GLOBALS})


def jit_main(module, level: int):
    """The program's C `main`, compiled at -O`level` against the cached runtime."""
    import llvmlite.binding as llvm

    from ..backend import target
    from ..backend.jit import add_c_runtime
    from .o2_runtime import o2_runtime

    bind_exit()
    ref = _llvm_module(module, level)
    if level == 0:
        engine = o0_engine()
        engine.add_module(ref)
    else:
        engine = llvm.create_mcjit_compiler(ref, target.target_machine(None, level, target.HOST_CPU))
        add_c_runtime(engine, ref)
        engine.add_object_file(o2_runtime().object_file())  # the runtime, compiled once (ADR 0015)
        _cache.setdefault("engines", []).append(engine)  # the code lives as long as the engine
    engine.finalize_object()
    address = engine.get_function_address("main")
    return ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p))(address)


def run_native(module, level: int, workdir: str) -> Outcome:
    """Compile and run `module` at -O`level` in a forked child; its output goes to files in `workdir`."""
    out_path, err_path = os.path.join(workdir, f"out{level}"), os.path.join(workdir, f"err{level}")
    warm_up()  # once per process: a child would fill the caches and throw them away
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        _child(module, level, out_path, err_path)
    status = wait_child(pid, NATIVE_TIMEOUT)
    if status == -signal.SIGXCPU:
        status = TIMEOUT_STATUS
    return _read_outcome(out_path, err_path, status)


def _child(module, level: int, out_path: str, err_path: str) -> None:
    """In the forked child: redirect 1 and 2, compile, run `main`; never returns."""
    status = 3
    try:
        gc.disable()  # the child lives for one program: collecting cycles would only cost time
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT + 5))
        os.dup2(os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
        os.dup2(os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
        main = jit_main(module, level)
        argv = (ctypes.c_char_p * 2)(b"prog", None)
        status = main(1, argv)
        ctypes.CDLL(None).fflush(None)
    except BaseException as exc:  # a backend crash: reported as an internal compiler error
        try:
            os.write(2, f"\npyrite: internal compiler error: {type(exc).__name__}: {exc}\n".encode())
        except Exception:
            pass
        status = 3
    finally:
        os._exit(status & 0xFF)


def _read_outcome(out_path: str, err_path: str, status: int) -> Outcome:
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return Outcome(stdout, last_line(stderr), status)


def wait_child(pid: int, timeout: float) -> int:
    """The child's exit status (-signal if killed by one), or TIMEOUT_STATUS after killing it."""
    deadline = time.monotonic() + timeout
    fd = os.pidfd_open(pid)
    try:
        while True:
            done, raw = os.waitpid(pid, os.WNOHANG)
            if done:
                return -os.WTERMSIG(raw) if os.WIFSIGNALED(raw) else os.WEXITSTATUS(raw)
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return TIMEOUT_STATUS
            select.select([fd], [], [], left)
    finally:
        os.close(fd)


def run_built(module, level: int, workdir: str) -> Outcome:
    """The `pyrite build` path exactly: whole-module object file, linked by `cc`, run."""
    from ..backend import emit_object, link_executable

    obj, exe = os.path.join(workdir, "prog.o"), os.path.join(workdir, "prog")
    with open(obj, "wb") as f:
        f.write(emit_object(module, level))
    link_executable(obj, exe)
    try:
        proc = subprocess.run([exe], capture_output=True, stdin=subprocess.DEVNULL, timeout=NATIVE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome("", "", TIMEOUT_STATUS)
    return Outcome(proc.stdout.decode("utf-8", "replace"), last_line(proc.stderr.decode("utf-8", "replace")), proc.returncode)
