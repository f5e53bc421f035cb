"""Deterministic instruction counts for native executables, beside the noisy clock.

`perf stat -e instructions:u` when the kernel exposes the hardware counter
(not in most virtual machines), else `valgrind --tool=callgrind`, which
simulates the program (about 50x slower, so meant for the --quick sizes).
Only the native peers (Pyrite and C) are counted: an interpreter's count
would mostly measure the interpreter.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

PERF_NUMBER = re.compile(r"^(\d+),[^,]*,instructions")
CALLGRIND_TOTAL = re.compile(r"Collected : (\d+)")


@lru_cache(maxsize=None)
def counter() -> str | None:
    """"perf", "callgrind", or None when neither works on this machine."""
    if shutil.which("perf") and _perf_count(["true"]) is not None:
        return "perf"
    if shutil.which("valgrind"):
        return "callgrind"
    return None


def count_instructions(cmd: list[str], timeout: float = 3600) -> int | None:
    match counter():
        case "perf":
            return _perf_count(cmd, timeout)
        case "callgrind":
            return _callgrind_count(cmd, timeout)
    return None


def _perf_count(cmd: list[str], timeout: float = 60) -> int | None:
    try:
        done = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", *cmd],
                              capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in done.stderr.splitlines():
        match = PERF_NUMBER.match(line)
        if match:
            return int(match.group(1))
    return None


def _callgrind_count(cmd: list[str], timeout: float) -> int | None:
    try:
        done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                              capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = CALLGRIND_TOTAL.search(done.stderr)
    return int(match.group(1)) if match and done.returncode == 0 else None
