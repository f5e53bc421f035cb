"""The differential fuzzer: random typed programs, run by CPython and by Pyrite.

    gen/              generate(seed, features) -> program text (swarm testing, value ranges)
    oracle.py         check_program(text) -> Result: CPython vs interp -O0/-O1/-O2 vs native -O0/-O2
    native.py         native runs in forked children against a runtime built once per process
    campaign.py       `pyrite fuzz --count N | --time S [--seed S] [--jobs J] [--keep DIR] ...`
    history.py        the SQLite record of campaigns and failures (`pyrite fuzz --report`)
    report.py         progress bar, summary and history tables
    frontend_fuzz.py  `pyrite fuzz --frontend`: only diagnostics or success, whatever the input
    mutate.py         its inputs: mutated programs, random bytes, hypothesmith source
    coverage.py       line coverage of frontend/, irgen/, passes/ reached (`--coverage`)
    generate.py       the old import path of gen.generate

Triage of what it finds:

    interesting.py  "still the same failure?": what the tests share, and the shell-command test
    mismatch.py     ... Pyrite still differs from CPython the same way, in a well-defined program
    crash.py        ... Pyrite still crashes in the same stage, the same way
    isolate.py      run one check in a forked child with a time limit
    reduce.py       `pyrite reduce FILE --mismatch | --crash | --interesting CMD`
    bisect.py       `pyrite bisect FILE [-O1|-O2]`: the pass application that changes the output
    inject.py       deliberate miscompiles, to test the above on real wrong answers
"""
