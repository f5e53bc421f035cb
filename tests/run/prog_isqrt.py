# Integer square roots: Newton's method on ints and bit-by-bit, checked exactly.


def isqrt_newton(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = x // 2 + (x & 1)
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def isqrt_bits(n: int) -> int:
    result = 0
    bit = 1 << 62
    while bit > n:
        bit >>= 2
    while bit != 0:
        if n >= result + bit:
            n -= result + bit
            result = (result >> 1) + bit
        else:
            result >>= 1
        bit >>= 2
    return result


def check(n: int) -> bool:
    r = isqrt_newton(n)
    return r * r <= n and (r + 1) * (r + 1) > n and r == isqrt_bits(n)


n = 0
while n < 1800000000000000000:
    print(n, isqrt_newton(n), isqrt_bits(n), check(n))
    n = n * 5 + 3
print(isqrt_newton(9223372036854775807), isqrt_bits(9223372036854775807))
bad = 0
for k in range(0, 8000):
    if not check(k):
        bad += 1
print("bad", bad)
