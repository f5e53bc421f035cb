# Module-level code runs top to bottom, as in CPython.
print(circle_area(2.0))  # ERROR: 'circle_area' is called before its definition on line 6
print(square_area(2.0))  # ERROR: 'square_area' is called before its definition on line 10


def circle_area(r: float) -> float:
    return pi * r * r


def square_area(s: float) -> float:
    return s * s


print(circle_area(1.0))  # ERROR: 'circle_area' is called here, but it uses 'pi', which is not imported until line 15
from math import pi
print(circle_area(1.0))
