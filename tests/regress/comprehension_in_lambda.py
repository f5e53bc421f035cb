# Reduced by `pyrite reduce` from seed-229.py (fuzz seed 229), then by hand
# It showed: ice: IrgenError at context.py:var (no variable for '_pyrite_comp_...': a set or dict comprehension inside a lambda; list comprehensions work)
from typing import Callable

f: Callable[[int], int] = lambda x: len({c for c in [x, 1]})
g: Callable[[int], int] = lambda x: len({c: 0 for c in [x, 2]})
print(f(1), g(1))
