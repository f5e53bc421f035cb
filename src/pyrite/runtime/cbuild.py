"""Building the C object runtime (runtime/c/) into LLVM bitcode for a target.

    data = runtime_bitcode("x86_64-linux-gnu")    # bytes, cached

Zig's clang (the `ziglang` wheel) compiles every .c file in runtime/c/, plus the
Unicode tables generated from this CPython's `unicodedata` (unicode_db.py),
for the target, and links them into one bitcode module (ADR 0005). The backend
makes the library programs link against from it (backend/crt_lib.py, ADR 0010).
The result is cached under ~/.cache/pyrite/runtime/ (PYRITE_CACHE_DIR overrides
the root) by a hash of everything that goes into it, and written atomically, so
parallel compiles share it safely and the second compile costs only a file read.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import unicode_db

C_DIR = Path(__file__).resolve().parent / "c"
FLAGS = [
    "-O2", "-mcpu=baseline", "-std=c11", "-fno-sanitize=all", "-fno-stack-protector",
    "-fno-unwind-tables", "-fno-asynchronous-unwind-tables", "-ffunction-sections",
    "-Wall", "-Werror", "-Wno-unused-function",
    "-g0",  # Zig's default is -g; tracebacks do not use it, and it was most of an executable's size
]


class RuntimeBuildError(Exception):
    """Zig could not compile the C runtime for a target."""


def cache_dir() -> Path:
    root = os.environ.get("PYRITE_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "pyrite")
    return Path(root) / "runtime"


def sources() -> dict[str, str]:
    """Every source that goes into the runtime, by file name."""
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(C_DIR.glob("*.[ch]"))}
    files["unicode_db.c"] = _unicode_db_source()
    return files


@functools.cache
def _unicode_db_source() -> str:
    return unicode_db.c_source(cache_dir())


@functools.cache
def zig_version() -> str:
    """`zig version`, kept in a file named by the binary's path, size and modification
    time: running Zig for it cost about 40 ms of CPU of every `pyrite run` and
    `pyrite build` (the cache key needs it), and a stat costs nothing."""
    binary = _zig_binary()
    if binary is None:
        return _zig(["version"]).stdout.strip()
    st = binary.stat()
    tag = hashlib.sha256(f"{binary}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:16]
    path = cache_dir() / f"zig-version-{tag}.txt"
    try:
        version = path.read_text(encoding="utf-8").strip()
    except OSError:
        version = ""
    if not version:
        version = _zig(["version"]).stdout.strip()
        write_atomically(path, version.encode())
    return version


def _zig_binary() -> Path | None:
    """The zig executable of the ziglang wheel (`python -m ziglang` runs it), if found."""
    import importlib.util

    spec = importlib.util.find_spec("ziglang")
    if spec is None or not spec.submodule_search_locations:
        return None
    binary = Path(list(spec.submodule_search_locations)[0]) / "zig"
    return binary if binary.is_file() else None


def runtime_bitcode(zig_target: str) -> bytes:
    """The runtime's bitcode for Zig's target name (e.g. x86_64-linux-gnu, wasm32-wasi)."""
    return _cached(zig_target)


def cache_key(zig_target: str) -> str:
    """The hash of everything the runtime for `zig_target` is made from."""
    return _key(zig_target)


@functools.cache
def _key(zig_target: str) -> str:
    key = hashlib.sha256()
    for part in (zig_target, zig_version(), *FLAGS):
        key.update(part.encode() + b"\0")
    for name, text in sources().items():
        key.update(name.encode() + b"\0" + text.encode() + b"\0")
    return key.hexdigest()[:20]


@functools.cache
def _cached(zig_target: str) -> bytes:
    return read_or_make(cache_dir() / f"{zig_target}-{_key(zig_target)}.bc", lambda: _compile(zig_target, sources()))


def read_or_make(path: Path, make) -> bytes:
    """The bytes kept at `path`; if there are none, make() them and keep them there."""
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = make()
    write_atomically(path, data)
    return data


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a concurrent reader sees all of it or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _compile(zig_target: str, files: dict[str, str]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="pyrite-rt-") as tmp:
        outputs = _compile_units(zig_target, files, tmp, ["-emit-llvm"], ".bc")
        return _link(outputs)


def _compile_units(zig_target: str, files: dict[str, str], tmp: str, flags: list[str], suffix: str) -> list[Path]:
    """Compile every .c file of `files` (written into `tmp`) with Zig; the outputs' paths."""
    for name, text in files.items():
        Path(tmp, name).write_text(text, encoding="utf-8")
    units = [name for name in files if name.endswith(".c")]
    outputs = [Path(tmp, name[:-2] + suffix) for name in units]

    def compile_unit(name: str, out: Path) -> None:
        _zig(["cc", "-target", zig_target, *FLAGS, *flags, "-c", name, "-o", out.name], cwd=tmp)

    # one Zig process per file, several at a time: each spends most of its time starting up
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(compile_unit, units, outputs))
    return outputs


def _link(paths: list[Path]) -> bytes:
    import llvmlite.binding as llvm

    from ..backend import target

    target.target_machine()  # LLVM initialised
    modules = [llvm.parse_bitcode(p.read_bytes()) for p in paths]
    first = modules[0]
    for other in modules[1:]:
        first.link_in(other)
    first.verify()
    return first.as_bitcode()


def zig(args: list[str], cwd: str | None = None) -> subprocess.CompletedProcess:
    """Run `zig ARGS...` (from the ziglang wheel); RuntimeBuildError if it fails."""
    return _zig(args, cwd)


def _zig(args: list[str], cwd: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "ziglang", *args]
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    except OSError as err:
        raise RuntimeBuildError(f"cannot run zig: {err}") from None
    if proc.returncode != 0:
        raise RuntimeBuildError(f"zig {' '.join(args)} failed:\n{proc.stderr.strip()}")
    return proc
