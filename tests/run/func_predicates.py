# Functions returning bool, used in conditions and printed.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def is_square(n: int) -> bool:
    r = 0
    while r * r < n:
        r += 1
    return r * r == n


def between(x: float, lo: float, hi: float) -> bool:
    return lo <= x <= hi


count = 0
for n in range(50):
    if is_prime(n) and not is_square(n + 1):
        count += 1
        print(n, is_prime(n), is_square(n))
print("count", count)
print(between(0.5, 0.0, 1.0), between(-0.5, 0.0, 1.0), between(1.0, 1.0, 1.0))
b = is_prime(97)
print(b, not b, b == True, b != is_prime(98))
