import math


def square(x: int) -> int:
    return x * x


op = square  # a Callable[[int], int] value (ADR 0009)
print(square)  # ERROR: a function cannot be printed
print(math.sqrt)  # ERROR: math.sqrt is a function
r = print  # ERROR: builtin 'print' cannot be used as a value
print(square(3))
