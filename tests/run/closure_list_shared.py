from typing import Callable


def counter() -> Callable[[int], int]:
    counts = [0]

    def bump(by: int) -> int:
        counts[0] += by
        return counts[0]

    return bump


c = counter()
print(c(1), c(1), c(5))
d = counter()
print(d(2), c(0))


def recorder(items: list[str]) -> Callable[[str], None]:
    return lambda s: items.append(s + s)


seen: list[str] = []
rec = recorder(seen)
rec("a")
rec("b")
seen.append("c")
rec("d")
print(seen)
