import math
from math import floor, isqrt  # ERROR: math.isqrt is not supported yet


def side(area: float) -> float:
    return math.sqrt(area)


print(side(16.0), floor(2.5))
print(math.pi())  # ERROR: math.pi is a constant, not a function
print(math.factorial(5.0))  # ERROR: an argument of math.factorial() must be an int, not float
print(math.gcd(12))  # ERROR: math.gcd() takes at least 2 arguments (1 given)
print(sqrt(2.0))  # ERROR: name 'sqrt' is not defined
print(math.atan2(1.0, 2), math.hypot(3, 4.0), math.isnan(1.0), math.tau)
print(math.hypot(1.0, 2.0, 3.0))  # ERROR: math.hypot() takes exactly 2 arguments (3 given)
