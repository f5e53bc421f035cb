from math import sqrt


def pyrite_helper(x: int) -> int:  # ERROR: function name 'pyrite_helper' is reserved
    return x


def __module__() -> None:  # ERROR: function name '__module__' is reserved
    pass


def max(a: int, b: int) -> int:  # ERROR: cannot define 'max': 'max' is a builtin name
    return a


sqrt = 2.0  # ERROR: cannot assign to 'sqrt': 'sqrt' is imported from math
print = 3  # ERROR: cannot assign to 'print': 'print' is a builtin name
