"""Running what `pyrite build --target T` produced: directly, under qemu-user, or wasmtime.

    status = run_output(target, "prog", ["arg"])                    # inherits stdio
    status = run_wasi("prog.wasm", ["arg"], stdout="out.txt", stderr="err.txt", timeout=60)

A Linux executable for another architecture runs under Debian's qemu-user
(`qemu-aarch64`, `qemu-riscv64`). A WASI module runs in this process with the
`wasmtime` package: its exit status is the code it passes to `proc_exit` (0 when
`_start` returns), and a trap (a wasm stack overflow, say) is reported on stderr
with status TRAP_STATUS, like a native crash. The browser target is run by `web.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from ..diagnostics import UsageError
from .targets import Target, runner_command, runner_missing

TRAP_STATUS = 134  # what a shell shows for a process killed by SIGABRT
# The native stack compiled wasm may use. wasmtime's default (512 KiB) runs out before
# CPython's 1000 frames of a function with many live floats (~530 bytes a frame after
# Cranelift), which must be a RecursionError, not a trap. The module runs on a thread
# with a stack this big plus room for wasmtime and WASI calls.
WASM_NATIVE_STACK = 32 * 1024 * 1024
THREAD_STACK = WASM_NATIVE_STACK + 8 * 1024 * 1024


def check_runner(target: Target) -> None:
    """Raise a UsageError naming what to install if `target`'s output cannot run here."""
    missing = runner_missing(target)
    if missing is not None:
        raise UsageError(f"cannot run {target.name} programs here: {missing}")


def run_output(target: Target, path: str, args: list[str]) -> int:
    """Run a built program with this process's stdin, stdout and stderr; its exit status."""
    check_runner(target)
    _flush_python_streams()
    if target.output == "wasm":
        return run_wasi(path, args)
    if target.output == "web":
        from .web import run_site

        return run_site(path, args)
    status = subprocess.run([*runner_command(target), path, *args]).returncode
    return 128 - status if status < 0 else status  # killed by a signal: as a shell reports it


def run_wasi(path: str, args: list[str], *, stdout: str | None = None, stderr: str | None = None,
             timeout: float | None = None) -> int:
    """Run WASI module `path` with argv [path, *args]; stdout/stderr None = inherit, else files.

    It runs on a thread of its own, whose stack is big enough for WASM_NATIVE_STACK."""
    outcome: list = []

    def work() -> None:
        try:
            outcome.append(_run_wasi(path, args, stdout, stderr, timeout))
        except BaseException as err:  # handed to the calling thread below
            outcome.append(err)

    previous = threading.stack_size(THREAD_STACK)
    try:
        thread = threading.Thread(target=work, name="pyrite-wasm")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _engine():
    import wasmtime

    config = wasmtime.Config()
    config.epoch_interruption = True
    _raise_native_stack(config)
    return wasmtime.Engine(config)


def _raise_native_stack(config) -> None:
    """max_wasm_stack may not exceed the async stack size, which wasmtime's Python API
    does not expose; its C setter is in the package's ctypes bindings."""
    try:
        from wasmtime import _bindings
    except ImportError:  # another layout: keep wasmtime's default stack
        return
    setter = getattr(_bindings, "wasmtime_config_async_stack_size_set", None)
    if setter is not None:
        setter(config.ptr(), WASM_NATIVE_STACK + 1024 * 1024)
        config.max_wasm_stack = WASM_NATIVE_STACK


def _run_wasi(path: str, args: list[str], stdout: str | None, stderr: str | None, timeout: float | None) -> int:
    import wasmtime

    engine = _engine()
    store = wasmtime.Store(engine)
    store.set_epoch_deadline(1)
    store.set_wasi(_wasi_config(path, args, stdout, stderr))
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    module = wasmtime.Module.from_file(engine, path)
    timer = threading.Timer(timeout, engine.increment_epoch) if timeout else None
    if timer is not None:
        timer.start()
    try:
        linker.instantiate(store, module).exports(store)["_start"](store)
        return 0
    except wasmtime.ExitTrap as exit_:
        return exit_.code
    except wasmtime.Trap as trap:
        _report_trap(trap, stderr, timed_out=timer is not None and not timer.is_alive())
        return TRAP_STATUS
    finally:
        if timer is not None:
            timer.cancel()


def _wasi_config(path: str, args: list[str], stdout: str | None, stderr: str | None):
    import wasmtime

    wasi = wasmtime.WasiConfig()
    wasi.argv = [os.path.basename(path), *args]
    if stdout is None:
        wasi.inherit_stdout()
    else:
        wasi.stdout_file = stdout
    if stderr is None:
        wasi.inherit_stderr()
    else:
        wasi.stderr_file = stderr
    return wasi


def _report_trap(trap, stderr: str | None, timed_out: bool) -> None:
    reason = "it ran out of time" if timed_out else str(trap).splitlines()[-1].strip()
    text = f"pyrite: the WebAssembly program was stopped: {reason}\n"
    if stderr is None:
        sys.stderr.write(text)
        sys.stderr.flush()
    else:
        with open(stderr, "a", encoding="utf-8") as f:
            f.write(text)


def _flush_python_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass
