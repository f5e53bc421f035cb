def get(t: tuple[int, ...], i: int) -> int:
    return t[i]


t: tuple[int, ...] = (1, 2, 3)
print(get(t, 2), get(t, -3))
print(get(t, 3))
