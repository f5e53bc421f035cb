# Counting primes by trial division, twin primes and prime gaps.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


count = 0
twins = 0
last = 2
max_gap = 0
for n in range(2, 5000):
    if is_prime(n):
        count += 1
        if n - last == 2:
            twins += 1
        if n - last > max_gap:
            max_gap = n - last
            print("new max gap", max_gap, "before", n)
        last = n
print("primes below 5000:", count)
print("twin pairs:", twins)
for n in range(1000000000, 1000000100):
    if is_prime(n):
        print(n)
print(is_prime(2147483647), is_prime(999999999989), is_prime(1000000000001))
