from typing import Callable


def curry(a: int) -> Callable[[int], Callable[[int], int]]:
    return lambda b: lambda c: a * 100 + b * 10 + c


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


print(curry(1)(2)(3))
step = curry(4)
print(step(5)(6), step(0)(0))
inc_then_double = compose(lambda x: 2 * x, lambda x: x + 1)
print(inc_then_double(5))
print(compose(inc_then_double, inc_then_double)(1))
