"""Numba twin of bench/programs/fannkuch_redux.py."""

import numpy as np
from numba import njit

N = 9


@njit(cache=True)
def count_flips(perm, start, n):
    for i in range(n):
        perm[i] = start[i]
    flips = 0
    first = perm[0]
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            perm[lo], perm[hi] = perm[hi], perm[lo]
            lo += 1
            hi -= 1
        flips += 1
        first = perm[0]
    return flips


@njit(cache=True)
def fannkuch(n):
    start = np.arange(n)
    perm = np.zeros(n, dtype=np.int64)
    count = np.zeros(n, dtype=np.int64)
    checksum = 0
    max_flips = 0
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        flips = count_flips(perm, start, n)
        max_flips = max(max_flips, flips)
        checksum += flips if index % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = start[0]
            for i in range(r):
                start[i] = start[i + 1]
            start[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


checksum, max_flips = fannkuch(N)
print(int(checksum))
print("Pfannkuchen(", N, ") = ", int(max_flips), sep="")
