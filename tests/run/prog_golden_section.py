# Golden-section search for the minimum of unimodal functions.
import math

INV_PHI = (math.sqrt(5.0) - 1.0) / 2.0


def f(x: float) -> float:
    return (x - 1.7) ** 2 + 0.5


def g(x: float) -> float:
    return math.sin(x) + 0.1 * x


def minimize_f(a: float, b: float, tol: float) -> float:
    c = b - (b - a) * INV_PHI
    d = a + (b - a) * INV_PHI
    n = 0
    while abs(b - a) > tol:
        if f(c) < f(d):
            b = d
        else:
            a = c
        c = b - (b - a) * INV_PHI
        d = a + (b - a) * INV_PHI
        n += 1
    print("iterations", n)
    return (a + b) / 2.0


def minimize_g(a: float, b: float, rounds: int) -> float:
    for i in range(rounds):
        c = b - (b - a) * INV_PHI
        d = a + (b - a) * INV_PHI
        if g(c) < g(d):
            b = d
        else:
            a = c
    return (a + b) / 2.0


x = minimize_f(0.0, 5.0, 1e-9)
print(x, f(x))
for r in range(10, 61, 10):
    m = minimize_g(3.0, 6.0, r)
    print(r, m, g(m))
