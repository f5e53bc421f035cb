"""The differential fuzzer: random typed programs, run by CPython and by Pyrite.

    generate.py   generate(seed, features) -> program text (swarm testing)
    oracle.py     check_program(text) -> Result: CPython vs interp -O0/-O2 vs native -O0/-O2
    campaign.py   `pyrite fuzz --count N | --time S [--seed S] [--jobs J] [--keep DIR]`

Triage of what it finds:

    interesting.py  "still the same failure?": what the tests share, and the shell-command test
    mismatch.py     ... Pyrite still differs from CPython the same way, in a well-defined program
    crash.py        ... Pyrite still crashes in the same stage, the same way
    isolate.py      run one check in a forked child with a time limit
    reduce.py       `pyrite reduce FILE --mismatch | --crash | --interesting CMD`
    bisect.py       `pyrite bisect FILE [-O1|-O2]`: the pass application that changes the output
    inject.py       deliberate miscompiles, to test the above on real wrong answers
"""
