"""Numba twin of bench/programs/sort.py: numpy int arrays, the same two hand-written sorts."""

import numpy as np
from numba import njit

N = 300000


@njit(cache=True)
def random_values(n, seed):
    values = np.empty(n, dtype=np.int64)
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        values[i] = seed
    return values


@njit(cache=True)
def merge_sort(a, tmp, lo, hi):
    if hi - lo < 2:
        return
    mid = (lo + hi) // 2
    merge_sort(a, tmp, lo, mid)
    merge_sort(a, tmp, mid, hi)
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if a[j] < a[i]:
            tmp[k] = a[j]
            j += 1
        else:
            tmp[k] = a[i]
            i += 1
        k += 1
    while i < mid:
        tmp[k] = a[i]
        i += 1
        k += 1
    while j < hi:
        tmp[k] = a[j]
        j += 1
        k += 1
    for k in range(lo, hi):
        a[k] = tmp[k]


@njit(cache=True)
def insertion_sort(a, lo, hi):
    for i in range(lo + 1, hi + 1):
        value = a[i]
        j = i - 1
        while j >= lo and a[j] > value:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = value


@njit(cache=True)
def quick_sort(a, lo, hi):
    while hi - lo > 16:
        pivot = a[(lo + hi) // 2]
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quick_sort(a, lo, j)
            lo = i
        else:
            quick_sort(a, i, hi)
            hi = j
    insertion_sort(a, lo, hi)


@njit(cache=True)
def checksum(a):
    total = 0
    for i in range(len(a)):
        total += a[i] * (i % 1000)
    return total


values = random_values(N, 99)
merged = values.copy()
merge_sort(merged, np.zeros(N, dtype=np.int64), 0, N)
quick = values.copy()
quick_sort(quick, 0, N - 1)
print(int(merged[0]), int(merged[N // 2]), int(merged[N - 1]))
print(int(checksum(merged)))
print(bool((merged == quick).all()))
