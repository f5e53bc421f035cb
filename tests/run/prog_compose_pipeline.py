# A processing pipeline: a list of int -> int stages applied in order,
# built from closures and module functions.
from typing import Callable


def clamp_to(lo: int, hi: int) -> Callable[[int], int]:
    return lambda x: lo if x < lo else hi if x > hi else x


def negate(x: int) -> int:
    return -x


def run(stages: list[Callable[[int], int]], x: int) -> int:
    for stage in stages:
        x = stage(x)
    return x


def offset_by(d: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + d

    return add


pipeline: list[Callable[[int], int]] = [offset_by(5), lambda x: x * 3, clamp_to(-20, 40), negate]
for v in [-20, -3, 0, 4, 20]:
    print(v, run(pipeline, v))
backwards: list[Callable[[int], int]] = []
for i in range(len(pipeline)):
    backwards.append(pipeline[len(pipeline) - 1 - i])
pipeline = backwards
print([run(pipeline, 1), run(pipeline, 100)])
