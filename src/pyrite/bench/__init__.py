"""`pyrite bench`: the benchmark suite, run side by side with the peers, with history.

Layout: `suite` finds the programs (bench/programs, their C twins in bench/c,
Numba twins in bench/numba); `peers` builds and runs each of them one way
(Pyrite, C, CPython, PyPy, Numba); `runner` checks every peer's output against
CPython's and then takes interleaved timed samples; `stats`, `report`,
`history`, `compare` and `dashboard` turn samples into tables, a database,
a regression gate and an HTML page. `command` is the CLI.
"""
