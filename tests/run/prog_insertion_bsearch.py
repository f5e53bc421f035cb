def bisect_left(xs: list[int], x: int) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


out: list[int] = []
for i in range(40):
    v = (i * 37) % 23
    out.insert(bisect_left(out, v), v)
print(out == sorted(out), out[:10], len(out))
print(bisect_left(out, 11), out.index(11) if 11 in out else -1)
