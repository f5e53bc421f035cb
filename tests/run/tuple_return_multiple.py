def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def stats(xs: list[float]) -> tuple[float, float, int]:
    total = 0.0
    for x in xs:
        total += x
    return total, total / len(xs), len(xs)


def split_name(full: str) -> tuple[str, str]:
    first = ""
    i = 0
    while i < len(full) and full[i] != " ":
        first += full[i]
        i += 1
    rest = ""
    i += 1
    while i < len(full):
        rest += full[i]
        i += 1
    return (first, rest)


lo, hi = min_max([4, -2, 9, 7])
print(lo, hi)
print(min_max([5]))
total, mean, count = stats([1.5, 2.5, 4.0])
print(total, mean, count)
r = stats([0.1, 0.2])
print(r, r[0], r[2])
print(split_name("Ada Lovelace"))
f, l = split_name("Grace Brewster Hopper")
print(l, f)
