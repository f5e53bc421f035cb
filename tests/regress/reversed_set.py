# Reduced by `pyrite reduce` from seed-1.py (fuzz seed 1), then by hand
# It showed: ice: IrgenError at iteration.py:_sequence (cannot loop over a set[int]); CPython raises TypeError: 'set' object is not reversible
# pyrite: rejected  (CPython raised "TypeError: 'set' object is not reversible")
for x in reversed({3, 1}):
    print(x)
