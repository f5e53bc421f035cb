# Fibonacci numbers, iteratively and recursively; F(92) is the largest that fits in 64 bits.


def fib_rec(n: int) -> int:
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n: int) -> int:
    # stops at F(n): computing F(n + 1) too would overflow 64 bits for n = 92
    if n == 0:
        return 0
    a = 0
    b = 1
    i = 1
    while i < n:
        a, b = b, a + b
        i += 1
    return b


def fib_float(n: int) -> float:
    phi = (1.0 + 5.0 ** 0.5) / 2.0
    return phi ** n / 5.0 ** 0.5


for n in range(0, 20):
    print(n, fib_rec(n), fib_iter(n), round(fib_float(n)))
print(fib_iter(50), fib_iter(80), fib_iter(90), fib_iter(92))
print(fib_float(70), fib_iter(70))
