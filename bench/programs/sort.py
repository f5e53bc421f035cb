"""Sorting N pseudo-random ints twice: a top-down merge sort and an in-place quicksort.

The quicksort partitions around the middle element (Hoare's scheme), leaves
short ranges to insertion sort and recurses into the smaller side only. Both
results must agree; printed are a few elements and a position-weighted checksum.
"""
# bench: quick N=20000

N = 300000
seed = 99


def rand() -> int:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def merge_sort(a: list[int], tmp: list[int], lo: int, hi: int) -> None:
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


def insertion_sort(a: list[int], lo: int, hi: int) -> None:
    for i in range(lo + 1, hi + 1):
        value = a[i]
        j = i - 1
        while j >= lo and a[j] > value:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = value


def quick_sort(a: list[int], lo: int, hi: int) -> None:
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


values = [rand() for _ in range(N)]
merged = values.copy()
merge_sort(merged, [0] * N, 0, N)
quick = values.copy()
quick_sort(quick, 0, N - 1)
checksum = 0
for i in range(N):
    checksum += merged[i] * (i % 1000)
print(merged[0], merged[N // 2], merged[N - 1])
print(checksum)
print(merged == quick)
