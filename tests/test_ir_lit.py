"""The file-based IR tests: runs lit over tests/ir (round trip, verifier, parser,
interpreter, passes). Each .ir file carries its RUN and CHECK lines; see
tests/ir/lit.cfg.py. On failure, lit's report (with each failing test's
commands and output) is the assertion message.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIT = "import sys; from lit.main import main; sys.exit(main())"
TIMEOUT = 900  # seconds for the whole suite


def test_ir_lit_suite():
    proc = subprocess.run(
        [sys.executable, "-c", LIT, "-q", "-v", "tests/ir"],
        cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"lit failed (exit status {proc.returncode}):\n{report[-20000:]}"
    assert "Total Discovered Tests" in report, report[-20000:]
