"""Run one check in a forked child, with a time limit and a notebook.

    result = run_isolated(lambda note: check(text, note), timeout=10.0)
    result.value      # what the function returned (pickled back), or None
    result.failure    # "" | "timeout after 10.0 s" | "killed by signal 11" | "exception ..."
    result.notes      # the last thing the child wrote with note(...) before it ended

The reducer tries hundreds of candidate programs. A candidate may loop
forever, recurse without end, allocate without bound or hang a compiler pass,
and the reducer must outlive all of them; so each check runs in a child of
this process. Forking (not spawning) keeps whatever this process has set up,
including a test's monkeypatched "miscompiling" pass, and costs a few
milliseconds. `note(text)` lets the child say where it got to, so a child
killed by a signal (an LLVM abort, a stack overflow) still tells which stage
it was in.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable

EXTRA_MEMORY = 4 << 30  # a child may grow by this much address space before allocations fail


@dataclass
class Isolated:
    value: Any = None
    failure: str = ""
    note: str = ""


def run_isolated(fn: Callable[[Callable[[str], None]], Any], timeout: float) -> Isolated:
    """fn(note) in a forked child; its return value must pickle."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(fn, write_fd)
    os.close(write_fd)
    data, timed_out = _read_all(read_fd, timeout)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, raw = os.waitpid(pid, 0)
    return _decode(data, raw, timed_out, timeout)


def _child(fn, write_fd: int) -> None:
    """Never returns: runs fn, sends (kind, payload) records, exits."""
    status = 0
    try:
        _limit_memory()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # a crashing candidate's own writes must not reach the user's terminal
        os.dup2(devnull, 2)
        value = fn(lambda text: _send(write_fd, ("note", text)))
        _send(write_fd, ("value", value))
    except BaseException as exc:  # reported to the parent, never raised past the fork
        try:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            _send(write_fd, ("error", f"{type(exc).__name__} at {os.path.basename(where.filename)}:{where.lineno}: {exc}"))
        except BaseException:
            status = 70
    finally:
        os._exit(status)


def _limit_memory() -> None:
    with open("/proc/self/statm") as f:
        size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = size + EXTRA_MEMORY
    if hard == resource.RLIM_INFINITY or want < hard:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))


def _send(fd: int, record: tuple) -> None:
    data = pickle.dumps(record)
    payload = len(data).to_bytes(8, "little") + data
    while payload:
        payload = payload[os.write(fd, payload):]


def _read_all(fd: int, timeout: float) -> tuple[bytes, bool]:
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return b"".join(chunks), True
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    return b"".join(chunks), False
                chunks.append(chunk)
    finally:
        os.close(fd)


def _decode(data: bytes, raw_status: int, timed_out: bool, timeout: float) -> Isolated:
    result = Isolated()
    while len(data) >= 8:
        size = int.from_bytes(data[:8], "little")
        if len(data) < 8 + size:
            break
        kind, payload = pickle.loads(data[8:8 + size])
        data = data[8 + size:]
        if kind == "note":
            result.note = payload
        elif kind == "value":
            result.value = payload
        else:
            result.failure = f"exception {payload}"
    if timed_out:
        result.failure = f"timeout after {timeout:.1f} s"
    elif os.WIFSIGNALED(raw_status):
        result.failure = f"killed by signal {os.WTERMSIG(raw_status)}"
    return result
