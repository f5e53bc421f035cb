from typing import Callable


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    out: list[int] = []
    for f in fs:
        out.append(f(x))
    return out


def build(k: int) -> list[Callable[[int], int]]:
    fs: list[Callable[[int], int]] = []
    for i in range(3):
        fs.append(lambda x: x * k)
    return fs


print(apply_all(build(2), 5))
m = 4
print(apply_all([lambda x: x + m, lambda x: x - m], 10))
