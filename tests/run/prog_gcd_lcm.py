# Greatest common divisor (Euclid, recursive and iterative), least common multiple.
import math


def gcd_rec(a: int, b: int) -> int:
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)


def gcd_iter(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd_iter(a, b) * b)


pairs = 0
for a in range(-20, 60, 7):
    for b in range(-15, 45, 11):
        g = gcd_rec(a, b)
        if g != gcd_iter(a, b) or g != math.gcd(a, b):
            print("mismatch", a, b)
        pairs += 1
print("checked", pairs)
print(gcd_rec(1071, 462), gcd_iter(1071, 462), lcm(4, 6), lcm(21, 6), lcm(0, 5))
running = 1
for k in range(1, 41):
    running = lcm(running, k)
    if k % 5 == 0:
        print(k, running)
print(gcd_iter(9223372036854775807, 7), gcd_iter(-9223372036854775807, 49))
