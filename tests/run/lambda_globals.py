from typing import Callable

scale = 3
offset = 10


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


print(apply(lambda x: x * scale + offset, 2))
scale = 5
print(apply(lambda x: x * scale + offset, 2))
f: Callable[[int], int] = lambda x: x * scale
scale = 7
print(f(2))
