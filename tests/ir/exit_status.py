"""Run a command, pass its output through, then print "exit status: N" and exit 0.

Used in lit RUN lines as `%exitstatus CMD...` to check an exact exit status:

    # RUN: %exitstatus %pyrite interp %s | filecheck %s
    # CHECK: exit status: 3
"""

import subprocess
import sys

proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)
sys.stdout.buffer.write(proc.stdout)
sys.stdout.write(f"exit status: {proc.returncode}\n")
