"""Runs passes over a module, observably.

Every pass can be printed after (`--print-after=NAME`, `--print-after-all`),
timed (`--time-passes`), disabled (`--disable-pass=NAME`) and bisected
(`--opt-bisect-limit=N`: only the first N pass runs happen, each run is
listed on stderr as LLVM does; a required pass, refcount, always runs); `--verify-each` runs the verifier after
every pass and names the pass that broke the IR.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from ..diagnostics import CompileError, Diagnostic, Span
from ..ir.ops import Module
from ..ir.printer import print_function
from ..ir.verifier import verify
from .pipeline import PASSES, REQUIRED


@dataclass
class PassOptions:
    print_after: set[str] = field(default_factory=set)
    print_after_all: bool = False
    time_passes: bool = False
    verify_each: bool = False
    disabled: set[str] = field(default_factory=set)
    bisect_limit: int | None = None
    out: TextIO = field(default_factory=lambda: sys.stderr)


def unknown_passes(names: list[str]) -> list[str]:
    return [n for n in names if n not in PASSES]


def run_passes(module: Module, names: list[str], options: PassOptions | None = None) -> None:
    """Run the named passes in order over every function of `module`."""
    options = options or PassOptions()
    bad = unknown_passes(names)
    if bad:
        known = ", ".join(PASSES)
        raise CompileError([Diagnostic("<passes>", Span(1, 0), f"unknown pass '{bad[0]}'", f"known passes: {known}")])
    timings: dict[str, float] = {}
    count = 0
    for name in names:
        if name in options.disabled:
            continue
        start = time.perf_counter()
        for fn in list(module.functions.values()):
            if options.bisect_limit is not None and name in REQUIRED:
                print(f"BISECT: running required pass {name} on @{fn.name}", file=options.out)
            elif options.bisect_limit is not None:
                count += 1
                running = count <= options.bisect_limit
                print(f"BISECT: {'running' if running else 'NOT running'} pass ({count}) {name} on @{fn.name}",
                      file=options.out)
                if not running:
                    continue
            run = PASSES[name]
            if getattr(run, "takes_module", False):
                run(fn, module)
            else:
                run(fn)
            if options.print_after_all or name in options.print_after:
                print(f"; *** IR after {name} on @{fn.name} ***", file=options.out)
                print(print_function(fn), file=options.out)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        if options.verify_each:
            verify(module, after=name)
    if options.time_passes:
        _report_times(timings, options.out)


def _report_times(timings: dict[str, float], out: TextIO) -> None:
    total = sum(timings.values()) or 1e-12
    print("===== Pyrite pass execution timing report =====", file=out)
    print(f"{'seconds':>10} {'percent':>8}  pass", file=out)
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"{seconds:10.6f} {100 * seconds / total:7.1f}%  {name}", file=out)
    print(f"{total:10.6f} {100.0:7.1f}%  total", file=out)
