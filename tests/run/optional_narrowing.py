def first_even(xs: list[int]) -> int | None:
    for x in xs:
        if x % 2 == 0:
            return x


def maybe_name(n: int) -> str | None:
    if n > 0:
        return "n" + str(n)
    return


def scale(v: float | None = None, k: float = 2.0) -> float:
    if v is None:
        return 0.0
    return v * k


def count_down(start: int | None) -> int:
    total = 0
    while start is not None:
        total += start
        if start == 0:
            start = None
        else:
            start = start - 1
    return total


print(first_even([1, 3, 4, 6]), first_even([1, 3]))
print(maybe_name(3), maybe_name(0))
print(scale(), scale(1.5), scale(None, 3.0))
flag: bool | None = None
print(flag)
flag = True
print(flag)
pair: tuple[int, str] | None = (1, "a")
if pair is not None:
    a, b = pair
    print(a, b, pair)
items: list[int] | None = None
if items is None:
    items = [1, 2]
print(items)
for n in range(3):
    m = maybe_name(n)
    if m is None:
        continue
    print(m, len(m))
v = first_even([7, 8])
print(v is not None and v > 5, v is None or v < 0)
print(count_down(3))
def total(xs: list[int] | None) -> int:
    if xs is None:
        xs = []
    s = 0
    for x in xs:
        s += x
    return s + len(xs)


def pick(a: int | None, b: int | None) -> int:
    if a is None or b is None:
        return -1
    return a * b


print(total(None), total([1, 2, 3]), pick(2, 3), pick(None, 3), pick(2, None))
