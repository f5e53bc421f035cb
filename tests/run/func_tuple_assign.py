# Tuple assignment swaps and multiple assignment.


def fib(n: int) -> int:
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


x = 1
y = 2
x, y = y, x
print(x, y)
p, q, r = 1.5, 2.5, 3.5
p, q, r = r, p, q
print(p, q, r)
for n in range(0, 15):
    print(n, fib(n))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(270, 192))
lo, hi = 0, 100
while lo < hi:
    mid = (lo + hi) // 2
    if mid * mid < 2000:
        lo = mid + 1
    else:
        hi = mid
print(lo, hi)
u, v = 3, 4
u, v = u + v, u * v
print(u, v)
