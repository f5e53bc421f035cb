def total(values: tuple[int, ...]) -> int:
    s = 0
    for v in values:
        s += v
    return s


def head(values: tuple[int, ...] | None) -> int:
    if values is None or len(values) == 0:
        return -1
    return values[0]


p = (1, 2, 3)
print(total(p), head(p), head(None), head(()))
u: tuple[int, ...] = p
print(u, u == p, total((4, 5)))
