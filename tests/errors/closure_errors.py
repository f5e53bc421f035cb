from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def twice(f: Callable[[float], float], x: float) -> float:
    return f(f(x))


def later() -> int:
    g: Callable[[int], int] = lambda x: x + y  # ERROR: the closure reads 'y', which is assigned only after the closure is made
    y = 3
    return g(1)


def changed(n: int) -> int:
    h: Callable[[int], int] = lambda x: x + n  # ERROR: the closure reads 'n', which 'changed' assigns again on line 20
    n = n + 1
    return h(0)


def looped() -> int:
    total = 0
    for i in range(3):
        total += apply(lambda x: x + i, 1)  # ERROR: the closure reads 'i', which 'looped' assigns more than once
    return total


def nested(n: int) -> int:
    def inner(k: int) -> int:
        return k + m  # ERROR: the closure reads 'm', which is assigned only after the closure is made
    m = n * 2
    return inner(1)


def unannotated(n: int) -> int:
    def inner(k) -> int:  # ERROR: parameter 'k' of inner() needs a type annotation
        return k + n
    return n


count = 3
print(count(2))  # ERROR: 'count' is not callable: it is an int
print(apply(lambda a, b: a + b, 1))  # ERROR: this lambda takes 2 parameters, but Callable[[int], int] passes 1
print(twice(lambda x: 2, 1.0))  # ERROR: this lambda returns int, but Callable[[float], float] must return float
print(apply(lambda x: never_assigned + x, 1))  # ERROR: name 'never_assigned' is not defined
print(apply(lambda x: str(x), 1))  # ERROR: this lambda returns str, but Callable[[int], int] must return int
k = lambda x: x  # ERROR: cannot infer the parameter types of this lambda
print(apply(5, 1))  # ERROR: argument 'f' of apply() must be Callable[[int], int], not int
print(apply(apply, 1))  # ERROR: argument 'f' of apply() must be Callable[[int], int], not Callable[[Callable[[int], int], int], int]
sq: Callable[[int], int] = lambda x: x * x
print(sq(1, 2))  # ERROR: sq() takes 1 positional argument but 2 were given
print(sq("a"))  # ERROR: argument 1 of sq() must be int, not str
print(sq)  # ERROR: a function cannot be printed
print(str(sq))  # ERROR: str() of a function is not supported
print(sq == sq)  # ERROR: cannot compare
