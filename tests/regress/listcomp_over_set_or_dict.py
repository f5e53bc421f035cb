# Reduced by `pyrite reduce` from seed-2.py (fuzz seed 2), then by hand
# It showed: ice: IrgenError at comprehensions.py:for_each (cannot iterate over a set[int]; the frontend accepts a set, a dict and its views in a list comprehension)
s = {3, 1, 16}
d = {"b": 1, "a": 2}
print([x for x in s], [k for k in d], [k for k in d.keys()], [v for v in d.values()])
