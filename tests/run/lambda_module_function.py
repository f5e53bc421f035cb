from typing import Callable


def double(x: int) -> int:
    return 2 * x


def square(x: int) -> int:
    return x * x


def apply_n(f: Callable[[int], int], x: int, n: int) -> int:
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(double, 1, 10))
print(apply_n(square, 2, 3))
print(double(21), square(12))
g = double
print(g(g(g(1))))
