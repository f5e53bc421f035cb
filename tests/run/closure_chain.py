from typing import Callable


def outer(a: int) -> int:
    b = a + 1

    def middle(x: int) -> int:
        def inner(y: int) -> int:
            return a * 100 + b * 10 + x + y

        return inner(x)

    return middle(3)


def adder_of_adders(a: int) -> Callable[[int], Callable[[int], int]]:
    def mk(b: int) -> Callable[[int], int]:
        return lambda c: a + b + c

    return mk


print(outer(1), outer(2))
print(adder_of_adders(1)(20)(300))
