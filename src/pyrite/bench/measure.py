"""One timed run of a command: wall time, CPU time and peak memory.

Runs go through launcher.c (compiled once per harness run with the C
compiler the C twins need anyway): it forks the program, waits for it with
wait4 and writes its wall time, CPU time (user + system) and peak resident
set size to a file. Without a C compiler, the harness waits for the program
itself, and the peak RSS then includes the harness's own (see launcher.c).
Output goes to files, not pipes, so a chatty program cannot block.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LAUNCHER_SOURCE = Path(__file__).with_name("launcher.c")


@dataclass
class Sample:
    """One run. `run_*` leave out interpreter start-up (equal to wall/cpu for native code)."""

    wall: float
    cpu: float
    rss_kb: int
    run_wall: float
    run_cpu: float

    def metric(self, name: str) -> float:
        return {"cpu": self.run_cpu, "wall": self.run_wall}[name]


@dataclass
class Outcome:
    status: int  # exit status (128 + n when killed by signal n)
    stdout: str
    stderr: str
    sample: Sample
    timed_out: bool = False


def build_launcher(cc: str | None, directory: Path) -> str | None:
    """Compile launcher.c into `directory`; None if there is no C compiler or it fails."""
    if cc is None:
        return None
    exe = directory / "launcher"
    done = subprocess.run([cc, "-O2", str(LAUNCHER_SOURCE), "-o", str(exe)], capture_output=True)
    return str(exe) if done.returncode == 0 else None


def run_measured(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 600,
                 times_file: str | None = None, launcher: str | None = None) -> Outcome:
    """Run `cmd` once. With `times_file`, the program (pyrun.py) reports its own run time there."""
    with tempfile.TemporaryDirectory(prefix="pyrite-run-") as tmp:
        report = os.path.join(tmp, "report")
        full = [launcher, report, *cmd] if launcher else cmd
        with open(os.path.join(tmp, "out"), "w+b") as out, open(os.path.join(tmp, "err"), "w+b") as err:
            status, wall, usage, timed_out = _wait(full, env, out, err, timeout)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
        if launcher:
            wall, cpu, rss_kb = _launcher_report(report, wall, usage)
        else:
            cpu, rss_kb = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    run_wall, run_cpu = _own_times(times_file, wall, cpu)
    sample = Sample(wall=wall, cpu=cpu, rss_kb=rss_kb, run_wall=run_wall, run_cpu=run_cpu)
    return Outcome(status, stdout, stderr, sample, timed_out)


def _wait(cmd, env, out, err, timeout):
    """Start `cmd` in its own process group and block until it ends (killed after `timeout`)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env,
                            start_new_session=True)
    expired = threading.Event()

    def kill() -> None:
        expired.set()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the launcher and the program under it

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    return (code if code >= 0 else 128 - code), wall, usage, expired.is_set()


def _launcher_report(report: str, wall: float, usage) -> tuple[float, float, int]:
    try:
        with open(report) as f:
            own_wall, cpu, rss = f.read().split()
        return float(own_wall), float(cpu), int(rss)
    except (OSError, ValueError):  # the launcher itself failed or was killed
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _own_times(times_file: str | None, wall: float, cpu: float) -> tuple[float, float]:
    if times_file is None:
        return wall, cpu
    try:
        with open(times_file) as f:
            own_wall, own_cpu = (float(v) for v in f.read().split())
        os.unlink(times_file)
    except (OSError, ValueError):
        return wall, cpu
    return own_wall, own_cpu
