"""Test-wide settings: the CI profile of the property tests (hypothesis), and deliberate
miscompiles for testing the triage tools (see pyrite/fuzz/inject.py):

- `miscompiling_constfold`: the constfold pass folds -7 % 3 to -1 (C's remainder);
- `miscompiling_interp`: the IR interpreter computes it so at every -O level;
- `miscompiling_backend`: native code does.
"""

import os

import pytest
from hypothesis import settings

from pyrite.fuzz.inject import inject

# CI runs the property tests on examples fixed by each test (derandomized): a red CI must
# mean a regression, not a new random example. Run without CI set, they explore new examples
# each time, and a case they find goes into the test as an @example.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


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
