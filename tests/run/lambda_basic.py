from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def combine(f: Callable[[int, int], int], a: int, b: int) -> int:
    return f(a, b)


print(apply(lambda x: x + 1, 41))
print(apply(lambda x: x * x - 3, -7))
print(combine(lambda a, b: a * 10 + b, 4, 2))
print(combine(lambda a, b: a // b, -7, 2), combine(lambda a, b: a % b, -7, 2))
print(combine(lambda a, b: max(a, b), 3, 9))
