# Reduced by `pyrite reduce` from seed-1.py (fuzz seed 1), then by hand
# It showed: ice: IrgenError at iteration.py:_sequence (cannot loop over a dict: enumerate/zip/reversed of a dict or set pass the frontend)
# reversed(d) is rejected now with a diagnostic (not supported yet), so it is not part of this test
d = {"b": 1, "a": 2}
s = {3, 1}
for i, k in enumerate(d):
    print(i, k)
for x, y in zip([7, 8], s):
    print(x, y)
