"""Numba twin of bench/programs/nsieve.py: the flags are a numpy bool array."""

import numpy as np
from numba import njit

N = 9


@njit(cache=True)
def nsieve(limit):
    flags = np.ones(limit + 1, dtype=np.bool_)
    count = 0
    for i in range(2, limit + 1):
        if flags[i]:
            count += 1
            for k in range(i + i, limit + 1, i):
                flags[k] = False
    return count


for m in range(N, N - 3, -1):
    limit = 10000 * (1 << m)
    print("Primes up to", limit, int(nsieve(limit)))
