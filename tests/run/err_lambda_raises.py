from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


print(apply(lambda x: 10 // x, 5))
print(apply(lambda x: 10 // x, 0))
