def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def halves(n: int) -> list[float]:
    return [n / 2, 1]  # ERROR: list[float] cannot hold an int


def names() -> list[str]:
    return [1]  # ERROR: list[str] cannot hold an int


def grid() -> list[list[int]]:
    return [1, 2]  # ERROR: list[list[int]] cannot hold an int


print(total([1, 2]), total([1.5]))  # ERROR: list[int] cannot hold a float
print(total(values=[1]))  # ERROR: total() got an unexpected keyword argument 'values'
ints = [1]
print(halves(3), names(), grid(), total(ints))
floats = [1.5]
print(total(floats))  # ERROR: argument 'xs' of total() must be list[int], not list[float]
