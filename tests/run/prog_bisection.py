# Root finding by bisection.
import math


def f(x: float) -> float:
    return x * x * x - x - 2.0


def g(x: float) -> float:
    return math.cos(x) - x


def bisect_f(lo: float, hi: float, tol: float) -> float:
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2.0
        if f(lo) * f(mid) <= 0.0:
            hi = mid
        else:
            lo = mid
        steps += 1
    print("f steps", steps)
    return (lo + hi) / 2.0


def bisect_g(lo: float, hi: float, iterations: int) -> float:
    for i in range(iterations):
        mid = lo + (hi - lo) / 2.0
        if g(mid) > 0.0:
            lo = mid
        else:
            hi = mid
        if i % 10 == 9:
            print(i + 1, lo, hi)
    return lo


r = bisect_f(1.0, 2.0, 1e-12)
print(r, f(r))
s = bisect_g(0.0, 1.0, 60)
print(s, g(s))
tol = 0.1
while tol > 1e-10:
    print(tol, bisect_f(0.0, 3.0, tol))
    tol = tol / 100.0
