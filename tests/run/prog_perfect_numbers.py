# Perfect, abundant and deficient numbers by summing proper divisors.


def divisor_sum(n: int) -> int:
    if n == 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


perfect = 0
abundant = 0
deficient = 0
for n in range(1, 10001):
    s = divisor_sum(n)
    if s == n:
        perfect += 1
        print("perfect", n)
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print(perfect, abundant, deficient)
print(divisor_sum(33550336) == 33550336)
for n in range(945, 960):
    print(n, divisor_sum(n), divisor_sum(n) > n)
