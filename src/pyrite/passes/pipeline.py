"""The pass pipelines, one literal list per -O level, and why they are ordered so."""

from __future__ import annotations

from .constfold import constfold
from .dce import dce
from .mem2reg import mem2reg
from .refcount import refcount
from .simplify_cfg import simplify_cfg

PASSES = {
    "mem2reg": mem2reg,
    "constfold": constfold,
    "simplify_cfg": simplify_cfg,
    "dce": dce,
    "refcount": refcount,
}

# refcount ends every pipeline, -O0 included: it makes reference counts exact
# (ADR 0006), and every other pass works on IR without them.
O0 = ["refcount"]
O1 = ["mem2reg", "simplify_cfg", "dce", "refcount"]
O2 = ["mem2reg", "constfold", "simplify_cfg", "constfold", "dce", "simplify_cfg", "refcount"]
PIPELINES = {0: O0, 1: O1, 2: O2}

MUST_PRECEDE = [
    ("mem2reg", "constfold"),    # constants reach their uses only once slots are SSA values
    ("constfold", "simplify_cfg"),  # folded conditions turn into foldable branches
    ("simplify_cfg", "dce"),     # forwarded block parameters leave dead arguments behind
]

# Counts are exact only for the IR they were computed on: nothing may follow.
MUST_BE_LAST = "refcount"

# Lowering, not optimization: without it a program leaks every object it makes, so
# `--opt-bisect-limit` never skips it (as LLVM never skips a required pass) and does not number it.
REQUIRED = {"refcount"}
