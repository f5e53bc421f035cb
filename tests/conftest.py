"""Deliberate miscompiles for testing the triage tools (see pyrite/fuzz/inject.py).

- `miscompiling_constfold`: the constfold pass folds -7 % 3 to -1 (C's remainder);
- `miscompiling_interp`: the IR interpreter computes it so at every -O level;
- `miscompiling_backend`: native code does.
"""

import pytest

from pyrite.fuzz.inject import inject


@pytest.fixture
def miscompiling_constfold():
    with inject("constfold"):
        yield


@pytest.fixture
def miscompiling_interp():
    with inject("interp"):
        yield


@pytest.fixture
def miscompiling_backend():
    with inject("backend"):
        yield
