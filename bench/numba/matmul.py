"""Numba twin of bench/programs/matmul.py: 2-D numpy arrays, the same i-k-j loops
(no BLAS)."""

import numpy as np
from numba import njit

N = 250


@njit(cache=True)
def random_matrix(n, seed):
    rows = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            rows[i, j] = seed / 2147483648.0 - 0.5
    return rows, seed


@njit(cache=True)
def matmul(a, b, n):
    c = np.zeros((n, n))
    for i in range(n):
        for k in range(n):
            aik = a[i, k]
            for j in range(n):
                c[i, j] += aik * b[k, j]
    return c


@njit(cache=True)
def total(c, n):
    result = 0.0
    for i in range(n):
        for j in range(n):
            result += c[i, j]
    return result


a, seed = random_matrix(N, 42)
b, seed = random_matrix(N, seed)
c = matmul(a, b, N)
print(float(total(c, N)))
print(float(c[0, 0]))
print(float(c[N - 1, N - 1]))
