# Binary search over a monotone function: the smallest n with f(n) >= target.


def cube(n: int) -> int:
    return n * n * n


def tri(n: int) -> int:
    return n * (n + 1) // 2


def first_cube_at_least(target: int) -> int:
    lo = 0
    hi = 2097152
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if cube(mid) >= target:
            hi = mid
        else:
            lo = mid + 1
    return lo


def first_tri_at_least(target: int) -> int:
    lo = 0
    hi = 3037000499
    probes = 0
    while lo < hi:
        mid = (lo + hi) // 2
        probes += 1
        if tri(mid) >= target:
            hi = mid
        else:
            lo = mid + 1
    print("probes", probes)
    return lo


def float_search(target: float) -> float:
    lo = 0.0
    hi = 100.0
    for i in range(200):
        mid = (lo + hi) / 2.0
        if mid == lo or mid == hi:
            break
        if mid * mid * mid < target:
            lo = mid
        else:
            hi = mid
    return hi


t = 1
while t < 9000000000000000000 // 7:
    c = first_cube_at_least(t)
    print(t, c, cube(c) >= t, c == 0 or cube(c - 1) < t)
    t = t * 7 + 3
print(first_tri_at_least(1000000), first_tri_at_least(4000000000000000000))
print(float_search(2.0), float_search(1000.0), float_search(12345.678))
