import math


def square(x: int) -> int:
    return x * x


op = square  # ERROR: function 'square' cannot be used as a value
print(square)  # ERROR: function 'square' cannot be used as a value
print(math.sqrt)  # ERROR: math.sqrt is a function
r = print  # ERROR: builtin 'print' cannot be used as a value
print(square(3))
