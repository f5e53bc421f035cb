from typing import Callable


def count_if(xs: list[int], pred: Callable[[int], bool]) -> int:
    n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


def keep(xs: list[int], pred: Callable[[int], bool]) -> list[int]:
    out: list[int] = []
    for x in xs:
        if pred(x):
            out.append(x)
    return out


xs = [5, -2, 8, 0, 13, -7, 4]
print(count_if(xs, lambda x: x > 0))
print(count_if(xs, lambda x: x % 2 == 0))
print(keep(xs, lambda x: x < 0 or x > 10))
print(keep(xs, lambda x: not x))
