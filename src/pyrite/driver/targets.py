"""The platform matrix: every target Pyrite builds for, how its output is run, its status.

    target = lookup("aarch64-linux")      # or a clear error naming the valid ones
    target.triple                          # LLVM's triple: aarch64-unknown-linux-musl
    runner_command(target)                 # ["qemu-aarch64"] (or [] when it runs natively)

One table read by `pyrite build/run --target`, `pyrite targets`, the tests and
the README's matrix, so a target is added in one place. Linux targets are static
musl executables and WebAssembly targets are WASI modules, all linked by Zig's
bundled clang (`ziglang` from PyPI): no system cross-compiler is needed.
"""

from __future__ import annotations

import platform
import shutil
from dataclasses import dataclass

from ..diagnostics import UsageError


@dataclass(frozen=True)
class Target:
    name: str          # what users type after --target
    triple: str        # the LLVM triple code is generated for
    output: str        # "executable" (static ELF), "wasm" (a WASI module) or "web" (a directory)
    runner: str        # "native" | "qemu" | "wasmtime" | "chromium"
    status: str        # "tested": the whole tests/run suite runs on it; "experimental"
    package: str       # what provides the runner: a Debian or PyPI package
    notes: str         # what is not supported or differs, for `pyrite targets` and the README

    @property
    def arch(self) -> str:
        return self.triple.split("-", 1)[0]

    @property
    def is_wasm(self) -> bool:
        return self.output in ("wasm", "web")


TARGETS: dict[str, Target] = {t.name: t for t in (
    Target("x86_64-linux", "x86_64-unknown-linux-musl", "executable", "qemu", "tested",
           "qemu-user (Debian; only off x86-64)", "static musl executable"),
    Target("aarch64-linux", "aarch64-unknown-linux-musl", "executable", "qemu", "tested",
           "qemu-user (Debian)", "static musl executable"),
    Target("riscv64-linux", "riscv64-unknown-linux-musl", "executable", "qemu", "tested",
           "qemu-user (Debian)", "static musl executable, RV64GC (lp64d)"),
    Target("wasm32-wasi", "wasm32-unknown-wasi", "wasm", "wasmtime", "tested",
           "wasmtime (PyPI, a Pyrite dependency)", "WASI preview 1 module"),
    Target("wasm32-web", "wasm32-unknown-wasi", "web", "chromium", "tested",
           "chromium (Debian)", "directory: index.html, pyrite-wasi.js, program.wasm"),
)}


def lookup(name: str) -> Target:
    """The target called `name`; an unknown name is a diagnostic listing the known ones."""
    try:
        return TARGETS[name]
    except KeyError:
        raise UsageError(f"unknown target {name!r}", f"choose one of: {', '.join(TARGETS)} (see `pyrite targets`)") from None


def host_arch() -> str:
    """The architecture of this machine in LLVM's spelling (x86_64, aarch64, riscv64)."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def runs_natively(target: Target) -> bool:
    """A Linux target whose executables this (Linux) machine runs directly."""
    return target.output == "executable" and platform.system() == "Linux" and target.arch == host_arch()


def runner_command(target: Target) -> list[str]:
    """The command prefix that runs a Linux executable for `target` here ([] = directly)."""
    if runs_natively(target):
        return []
    return [f"qemu-{target.arch}"]


def runner_missing(target: Target) -> str | None:
    """None if `target`'s output can be run here, else what to install, in a sentence."""
    if target.runner == "wasmtime":
        try:
            import wasmtime  # noqa: F401
        except ImportError:
            return "the wasmtime Python package is missing: pip install wasmtime"
        return None
    if target.runner == "chromium":
        if chromium_path() is None:
            return "no chromium on PATH: install Debian's `chromium` package (apt-get install chromium)"
        return None
    command = runner_command(target)
    if command and shutil.which(command[0]) is None:
        return (f"no {command[0]} on PATH to run {target.name} executables: "
                f"install Debian's `qemu-user` package (apt-get install qemu-user)")
    return None


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path is not None:
            return path
    return None


def describe() -> str:
    """`pyrite targets`: one line per target, and whether its runner is installed here."""
    rows = [("target", "status", "runs with", "here", "output")]
    for t in TARGETS.values():
        here = "ready" if runner_missing(t) is None else "missing: install " + t.package.split(" (")[0]
        runner = {"qemu": " ".join(runner_command(t)) or "directly"}.get(t.runner, t.runner)
        rows.append((t.name, t.status, runner, here, t.notes))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[4] for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"
