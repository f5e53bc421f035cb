from typing import Callable

log: list[str] = []


def each(xs: list[int], f: Callable[[int], None]) -> None:
    for x in xs:
        f(x)


each([1, 2, 3], lambda x: log.append("saw " + str(x)))
print(log)
each([4, 5], lambda x: print("value", x * 2))
