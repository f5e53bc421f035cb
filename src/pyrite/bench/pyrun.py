"""Run a Python program and record how long it ran, leaving out interpreter start-up.

    INTERPRETER pyrun.py TIMES_FILE PRELOAD PROGRAM.py

Used by the harness for CPython, PyPy and Numba: PRELOAD is a comma-separated
list of modules imported before the clock starts (`numba,numpy` for the
Numba twins), so that what is timed is the program itself (including Numba's
loading of its cached machine code) and the start-up is reported separately.
TIMES_FILE gets "wall cpu" in seconds. Runs on PyPy 3.9 too, so no newer syntax.
"""

import importlib
import runpy
import sys
import time


def main():
    times_file, preload, program = sys.argv[1:4]
    for module in filter(None, preload.split(",")):
        importlib.import_module(module)
    sys.argv = [program]
    sys.path[0] = program.rsplit("/", 1)[0] if "/" in program else "."
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        runpy.run_path(program, run_name="__main__")
    finally:
        sys.stdout.flush()
        with open(times_file, "w") as out:
            out.write("%r %r\n" % (time.perf_counter() - wall, time.process_time() - cpu))


main()
