"""How each peer builds and runs a program: Pyrite, C (gcc -O2), CPython, PyPy, Numba.

`prepare` turns a program at one size into a command to run (or a status
saying why there is none: a peer that is not installed or has no twin is
"n/a"; Pyrite rejecting a program marked pending is "pending"). Pyrite's
preparation is its compile: timed end to end as a user waits for it (the
`pyrite build` process), with the time per pass from `--time-passes`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .measure import run_measured
from .results import Build
from .stats import median
from .suite import Program, sized_source

PYRUN = str(Path(__file__).with_name("pyrun.py"))
PASS_LINE = re.compile(r"^\s*([0-9.]+)\s+[0-9.]+%\s+(\S+)\s*$")
C_FLAGS = ["-O2", "-ffp-contract=off"]  # no fused multiply-add: the same float results as Python


@dataclass
class Prepared:
    status: str  # "ok" or why the peer cannot run this program
    detail: str = ""
    cmd: list[str] | None = None
    env: dict[str, str] | None = None
    times_file: str | None = None
    build: Build | None = None
    binary: Path | None = None


@dataclass
class Toolchain:
    """Where the peers' tools are; `compiler` is how Pyrite is invoked (a baseline may differ)."""

    compiler: list[str]
    compiler_env: dict[str, str] | None = None
    compile_repeat: int = 3
    timeout: float = 600.0
    launcher: str | None = None  # measure.build_launcher's result, set by the runner
    cache: Path | None = None  # where Numba's twins and machine code are kept between runs

    @classmethod
    def default(cls, **kwargs) -> Toolchain:
        return cls(compiler=[sys.executable, "-m", "pyrite"], **kwargs)


def prepare(peer: str, program: Program, size: int, work: Path, tools: Toolchain) -> Prepared:
    work.mkdir(parents=True, exist_ok=True)
    source = work / program.source.name
    if not source.exists():
        source.write_text(sized_source(program.source, size))
    match peer:
        case "pyrite":
            return _prepare_pyrite(program, source, work, tools)
        case "c":
            return _prepare_c(program, size, work)
        case "cpython":
            return _python_peer(sys.executable, source, work, "cpython")
        case "pypy":
            pypy = shutil.which("pypy3") or shutil.which("pypy")
            if pypy is None:
                return Prepared("n/a", "pypy3 is not installed")
            return _python_peer(pypy, source, work, "pypy")
        case "numba":
            return _prepare_numba(program, size, work, tools.cache)
    raise ValueError(f"unknown peer {peer}")


def python_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def _python_peer(interpreter: str, source: Path, work: Path, peer: str, preload: str = "",
                 env: dict[str, str] | None = None) -> Prepared:
    times = str(work / f"{peer}.times")
    return Prepared("ok", cmd=[interpreter, PYRUN, times, preload, str(source)],
                    env=env or python_env(), times_file=times)


def _prepare_numba(program: Program, size: int, work: Path, cache: Path | None) -> Prepared:
    """Numba keys its on-disk cache by the source file's path and time stamp, so the sized
    twin is kept in a stable place and rewritten only when it changes: then only a program's
    first run ever pays for Numba's compile (each run still pays for loading the cache)."""
    if importlib.util.find_spec("numba") is None:
        return Prepared("n/a", "numba is not installed (pip install -e '.[numba]')")
    if program.numba_twin is None:
        return Prepared("n/a", f"no bench/numba/{program.name}.py")
    home = cache or work
    source = home / "numba" / f"N{size}" / program.numba_twin.name
    source.parent.mkdir(parents=True, exist_ok=True)
    text = sized_source(program.numba_twin, size)
    if not source.exists() or source.read_text() != text:
        source.write_text(text)
    env = python_env(NUMBA_CACHE_DIR=str(home / "numba" / "cache"))
    return _python_peer(sys.executable, source, work, "numba", preload="numba,numpy", env=env)


def c_compiler() -> str | None:
    return shutil.which("gcc") or shutil.which("cc")


def _prepare_c(program: Program, size: int, work: Path) -> Prepared:
    cc = c_compiler()
    if cc is None:
        return Prepared("failed", "no C compiler (gcc or cc) on PATH")
    exe = work / f"{program.name}-c"
    done = run_measured([cc, *C_FLAGS, f"-DN={size}", str(program.c_twin), "-o", str(exe), "-lm"])
    if done.status != 0:
        return Prepared("failed", f"{cc} failed: {_first_line(done.stderr)}")
    return Prepared("ok", cmd=[str(exe)], binary=exe)


def _prepare_pyrite(program: Program, source: Path, work: Path, tools: Toolchain) -> Prepared:
    exe = work / f"{program.name}-pyrite"
    cmd = [*tools.compiler, "build", "-O2", "--time-passes", str(source), "-o", str(exe)]
    env = dict(os.environ, **(tools.compiler_env or {}))
    times, passes = [], []
    for _ in range(max(1, tools.compile_repeat)):
        done = run_measured(cmd, env=env, timeout=tools.timeout, launcher=tools.launcher)
        if done.status == 2:
            status = "pending" if program.pending else "rejected"
            return Prepared(status, _first_line(done.stderr))
        if done.status != 0:
            return Prepared("failed", f"pyrite build exited {done.status}: {_first_line(done.stderr)}")
        times.append(done.sample.wall)
        passes.append(parse_pass_times(done.stderr))
    per_pass = {name: median([p.get(name, 0.0) for p in passes]) for name in passes[0]}
    build = Build(compile_s=times, passes=per_pass, binary_bytes=exe.stat().st_size)
    return Prepared("ok", cmd=[str(exe)], build=build, binary=exe)


def parse_pass_times(report: str) -> dict[str, float]:
    """{pass: seconds} from `pyrite build --time-passes` (see passes/manager.py)."""
    times = {}
    for line in report.splitlines():
        match = PASS_LINE.match(line)
        if match and match.group(2) != "total":
            times[match.group(2)] = float(match.group(1))
    return times


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0].strip() if lines else "(no message)"
