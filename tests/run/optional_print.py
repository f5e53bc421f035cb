def maybe(n: int) -> int | None:
    if n % 3 == 0:
        return None
    return n * 10


def maybe_s(n: int) -> str | None:
    if n % 2 == 0:
        return "even " + str(n)
    return None


def maybe_l(n: int) -> list[float] | None:
    if n < 0:
        return None
    return [n * 0.5, n * 1.5]


for i in range(5):
    print(i, maybe(i), maybe_s(i), maybe_l(i - 2))
x: float | None = None
print(x)
x = 2.5
print(x, x is None)
b: bool | None = False
print(b)
b = None
print(b, b is None)
t: tuple[int, ...] | None = (1, 2)
print(t)
print(None)
