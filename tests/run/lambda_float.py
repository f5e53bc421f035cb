from typing import Callable


def twice(f: Callable[[float], float], x: float) -> float:
    return f(f(x))


print(twice(lambda x: x * 1.5, 2.0))
print(twice(lambda x: x / 3.0, 1.0))
print(twice(lambda x: -x + 0.1, 0.2))
half: Callable[[float], float] = lambda v: v / 2
print(half(5.0), twice(half, 1.0))
