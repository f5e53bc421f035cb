# Numerical integration of functions passed as Callable[[float], float].
import math
from typing import Callable


def trapezoid(f: Callable[[float], float], a: float, b: float, n: int) -> float:
    h = (b - a) / n
    total = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        total += f(a + i * h)
    return total * h


def simpson(f: Callable[[float], float], a: float, b: float, n: int) -> float:
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        weight = 4.0 if i % 2 == 1 else 2.0
        total += weight * f(a + i * h)
    return total * h / 3.0


def poly(x: float) -> float:
    return 3.0 * x * x - 2.0 * x + 1.0


print(round(trapezoid(poly, 0.0, 2.0, 100), 6))
print(round(simpson(poly, 0.0, 2.0, 100), 6))
print(round(simpson(lambda x: math.sin(x), 0.0, math.pi, 200), 8))
print(round(trapezoid(lambda x: math.exp(-x * x), -3.0, 3.0, 400), 8))
k = 2.5
print(round(simpson(lambda x: k * x, 0.0, 1.0, 10), 10))
