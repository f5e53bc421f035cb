"""Numba twin of bench/programs/fib.py."""

from numba import njit

N = 34


@njit(cache=True)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(int(fib(N)))
