def every(t: tuple[int, ...], step: int) -> tuple[int, ...]:
    return t[::step]


u: tuple[int, ...] = (1, 2, 3, 4)
print(every(u, 2), every(u, -1))
print(every(u, 0))
