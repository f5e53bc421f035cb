# Kaprekar's routine: 4-digit numbers converge to 6174.


def sort_digits_desc(n: int) -> int:
    a = n // 1000
    b = n // 100 % 10
    c = n // 10 % 10
    d = n % 10
    # sorting network on four values
    if a < b:
        a, b = b, a
    if c < d:
        c, d = d, c
    if a < c:
        a, c = c, a
    if b < d:
        b, d = d, b
    if b < c:
        b, c = c, b
    return a * 1000 + b * 100 + c * 10 + d


def reverse4(n: int) -> int:
    return n % 10 * 1000 + n // 10 % 10 * 100 + n // 100 % 10 * 10 + n // 1000


def kaprekar_steps(n: int) -> int:
    steps = 0
    while n != 6174:
        big = sort_digits_desc(n)
        n = big - reverse4(big)
        steps += 1
        if n == 0:
            return -1
    return steps


n = 3524
while n != 6174:
    big = sort_digits_desc(n)
    small = reverse4(big)
    print(big, "-", small, "=", big - small)
    n = big - small
histogram0 = 0
max_steps = 0
for n in range(1000, 10000):
    s = kaprekar_steps(n)
    if s < 0:
        histogram0 += 1
    max_steps = max(max_steps, s)
print("repdigits:", histogram0, "max steps:", max_steps)
