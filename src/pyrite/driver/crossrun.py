"""`pyrite run FILE.py --target T`: build for T into a temporary directory and run it there.

The runner is checked before compiling, so a missing qemu-user or chromium is a
one-line message naming the package to install (exit status 2), not a build
followed by a failure. The status returned is the program's own.
"""

from __future__ import annotations

import os
import tempfile

from .build import build_executable, default_output
from .compile import Options
from .runners import check_runner, run_output
from .targets import Target


def build_and_run(path: str, args: list[str], options: Options, target: Target) -> int:
    check_runner(target)
    with tempfile.TemporaryDirectory(prefix="pyrite-run-") as tmp:
        output = os.path.join(tmp, os.path.basename(default_output(path, target)) or "program")
        build_executable(path, output, options, target)
        return run_output(target, output, args)

