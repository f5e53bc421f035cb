"""The differential fuzzer: random typed programs, run by CPython and by Pyrite.

    generate.py   generate(seed, features) -> program text (swarm testing)
    oracle.py     check_program(text) -> Result: CPython vs interp -O0/-O2 vs native -O0/-O2
    campaign.py   `pyrite fuzz --count N | --time S [--seed S] [--jobs J] [--keep DIR]`
"""
