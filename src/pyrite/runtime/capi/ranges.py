"""Entry points of range objects (runtime/c/range.c, ADR 0012).

A range is an object of its own kind (PYR_RANGE) holding start, stop and step;
printing, == and bool() go through value.c by its descriptor (pyr_range_type,
which the compiler spells "range"). Slices take the same four slice words as a
list's (capi/containers.py).
"""

_P, _I, _B = "ptr", "i64", "i1"

FUNCTIONS = {
    "pyr_range_new": (_P, (_I, _I, _I), "raises"),      # start, stop, step: ValueError when step is 0
    "pyr_range_start": (_I, (_P,), "pure"),
    "pyr_range_stop": (_I, (_P,), "pure"),
    "pyr_range_step": (_I, (_P,), "pure"),
    "pyr_range_getitem": (_I, (_P, _I), "raises"),      # IndexError: range object index out of range
    "pyr_range_contains": (_B, (_P, _I), "pure"),
    "pyr_range_index": (_I, (_P, _I), "raises"),        # ValueError: 7 is not in range
    "pyr_range_getslice": (_P, (_P, _I, _I, _I, _I), "raises"),
}
