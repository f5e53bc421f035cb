"""Numba twin of bench/programs/spectral_norm.py."""

import math

import numpy as np
from numba import njit

N = 350


@njit(cache=True)
def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit(cache=True)
def times_a(v, out, n):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out[i] = total


@njit(cache=True)
def times_a_transposed(v, out, n):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out[i] = total


@njit(cache=True)
def times_ata(v, out, tmp, n):
    times_a(v, tmp, n)
    times_a_transposed(tmp, out, n)


@njit(cache=True)
def spectral_norm(n):
    u = np.ones(n)
    v = np.zeros(n)
    tmp = np.zeros(n)
    for _ in range(10):
        times_ata(u, v, tmp, n)
        times_ata(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


print(float(spectral_norm(N)))
