# Polynomial evaluation with Horner's rule (coefficients inlined), and its derivative.


def poly(x: float) -> float:
    # 2x^5 - 3x^4 + 0.5x^3 + 7x^2 - x + 4
    r = 2.0
    r = r * x - 3.0
    r = r * x + 0.5
    r = r * x + 7.0
    r = r * x - 1.0
    r = r * x + 4.0
    return r


def poly_naive(x: float) -> float:
    return 2.0 * x ** 5 - 3.0 * x ** 4 + 0.5 * x ** 3 + 7.0 * x ** 2 - x + 4.0


def dpoly(x: float) -> float:
    # 10x^4 - 12x^3 + 1.5x^2 + 14x - 1
    return (((10.0 * x - 12.0) * x + 1.5) * x + 14.0) * x - 1.0


def ipoly(x: int) -> int:
    # x^4 - 10x^3 + 35x^2 - 50x + 24 = (x-1)(x-2)(x-3)(x-4)
    return (((x - 10) * x + 35) * x - 50) * x + 24


x = -2.0
while x <= 2.0:
    print(x, poly(x), poly_naive(x), dpoly(x))
    x += 0.25
for n in range(-2, 8):
    print(n, ipoly(n))
# Newton's method on poly starting at -1
r = -1.0
for i in range(8):
    r = r - poly(r) / dpoly(r)
    print(i, r, poly(r))
