from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def outer(n: int) -> int:
    base = n * 10

    def inner(x: int) -> int:
        return x + base + n

    def twice(x: int) -> int:
        return inner(inner(x))

    return apply(inner, 1) + twice(2)


print(outer(1), outer(5))
