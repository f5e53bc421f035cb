# Every independent error in a file is reported, not only the first.
import math


def hypotenuse(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


def perimeter(a: float, b: float) -> float:
    c = hypotenuse(a, b)
    return a + b + c + extra  # ERROR: name 'extra' is not defined


sides = 3
print(hypotenuse(sides, 4.0))  # ERROR: argument 'a' of hypotenuse() must be float, not int
print(perimeter(3.0))  # ERROR: perimeter() missing 1 required argument: 'b'
sides = 3.5  # ERROR: cannot assign float to 'sides', which is int
print(math.sqroot(2.0))  # ERROR: module 'math' has no attribute 'sqroot'
