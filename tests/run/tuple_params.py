def norm1(p: tuple[int, int]) -> int:
    x, y = p
    return abs(x) + abs(y)


def add(p: tuple[int, int], q: tuple[int, int]) -> tuple[int, int]:
    return (p[0] + q[0], p[1] + q[1])


def label(item: tuple[str, float]) -> str:
    return item[0] + "=" + str(item[1])


def total(values: tuple[int, ...]) -> int:
    s = 0
    for v in values:
        s += v
    return s


origin = (0, 0)
step = (3, -4)
print(norm1(step), norm1(origin))
pos = origin
for _ in range(3):
    pos = add(pos, step)
print(pos)
print(label(("pi", 3.14159)), label(("e", 2.718)))
print(total((1, 2, 3, 4)), total(()), total((10,)))
