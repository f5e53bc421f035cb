# Approximations of pi: Leibniz, Nilakantha, Wallis and Machin's formula.
import math


def leibniz(terms: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def nilakantha(terms: int) -> float:
    s = 3.0
    sign = 1.0
    for k in range(1, terms + 1):
        n = 2.0 * k
        s += sign * 4.0 / (n * (n + 1.0) * (n + 2.0))
        sign = -sign
    return s


def wallis(terms: int) -> float:
    p = 1.0
    for k in range(1, terms + 1):
        num = 4.0 * k * k
        p *= num / (num - 1.0)
    return 2.0 * p


def arctan_inv(x: int, terms: int) -> float:
    s = 0.0
    power = 1.0 / x
    for k in range(terms):
        term = power / (2 * k + 1)
        if k % 2 == 0:
            s += term
        else:
            s -= term
        power /= x * x
    return s


terms = 1
while terms <= 4096:
    print(terms, leibniz(terms), nilakantha(terms), wallis(terms))
    terms *= 4
machin = 4.0 * (4.0 * arctan_inv(5, 12) - arctan_inv(239, 4))
print(machin, math.pi, machin - math.pi)
