# Newton's method for square roots, compared with math.sqrt.
import math


def newton_sqrt(x: float) -> float:
    if x == 0.0:
        return 0.0
    guess = x if x > 1.0 else 1.0
    for i in range(100):
        nxt = 0.5 * (guess + x / guess)
        if nxt == guess:
            break
        guess = nxt
    return guess


def iterations(x: float) -> int:
    guess = x if x > 1.0 else 1.0
    n = 0
    while abs(guess * guess - x) > 1e-12 * x:
        guess = 0.5 * (guess + x / guess)
        n += 1
    return n


x = 0.25
while x < 1e6:
    r = newton_sqrt(x)
    print(x, r, math.sqrt(x), abs(r - math.sqrt(x)) <= 1e-15 * r, iterations(x))
    x = x * 3.5
