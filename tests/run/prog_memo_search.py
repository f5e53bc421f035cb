# Binary search for the first x where a monotone predicate holds, and
# bisection for a root, with the predicate / function as Callables.
from typing import Callable


def first_true(lo: int, hi: int, pred: Callable[[int], bool]) -> int:
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect(f: Callable[[float], float], a: float, b: float) -> float:
    for _ in range(60):
        m = (a + b) / 2
        if f(a) * f(m) <= 0:
            b = m
        else:
            a = m
    return a


target = 1000
print(first_true(0, 100, lambda n: n * n >= target))
print(first_true(0, 1 << 20, lambda n: n * (n + 1) // 2 >= 123456))
print(round(bisect(lambda x: x * x - 2.0, 0.0, 2.0), 10))
c = 27.0
print(round(bisect(lambda x: x * x * x - c, 0.0, 10.0), 10))
