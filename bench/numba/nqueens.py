"""Numba twin of bench/programs/nqueens.py."""

from numba import njit

N = 12


@njit(cache=True)
def solutions(cols, left, right, full):
    if cols == full:
        return 1
    count = 0
    free = full & ~(cols | left | right)
    while free != 0:
        bit = free & -free
        free -= bit
        count += solutions(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return count


for n in range(1, N + 1):
    print(n, int(solutions(0, 0, 0, (1 << n) - 1)))
