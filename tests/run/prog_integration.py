# Numerical integration: trapezoid and Simpson rules.
import math


def f(x: float) -> float:
    return x * x * x - 2.0 * x + 1.0


def g(x: float) -> float:
    return math.exp(-x * x)


def trapezoid_f(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def simpson_g(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = g(a) + g(b)
    for i in range(1, n):
        if i % 2 == 1:
            s += 4.0 * g(a + i * h)
        else:
            s += 2.0 * g(a + i * h)
    return s * h / 3.0


def simpson_sin(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = math.sin(a) + math.sin(b)
    for i in range(1, n):
        weight = 4.0 if i % 2 == 1 else 2.0
        s += weight * math.sin(a + i * h)
    return s * h / 3.0


n = 2
while n <= 256:
    print(n, trapezoid_f(0.0, 2.0, n), simpson_g(0.0, 1.0, n), simpson_sin(0.0, math.pi, n))
    n *= 2
print(math.sqrt(math.pi) / 2.0 * 0.8427007929497149)
