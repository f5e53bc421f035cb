"""Spectral norm of the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), cut to N x N.

Ten rounds of the power method on A^T A, with A's entries computed on the
fly; the result is sqrt(u.v / v.v).
"""
# bench: quick N=40

import math

N = 350


def entry(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out[i] = total


def times_a_transposed(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out[i] = total


def times_ata(v: list[float], out: list[float], tmp: list[float], n: int) -> None:
    times_a(v, tmp, n)
    times_a_transposed(tmp, out, n)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(u, v, tmp, n)
        times_ata(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


print(spectral_norm(N))
