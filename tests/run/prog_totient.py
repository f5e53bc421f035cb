# Euler's totient function by trial factorisation, and a few identities.
import math


def phi(n: int) -> int:
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


def phi_slow(n: int) -> int:
    count = 0
    for k in range(1, n + 1):
        if math.gcd(n, k) == 1:
            count += 1
    return count


for n in range(1, 31):
    print(n, phi(n), phi_slow(n))
total = 0
for n in range(1, 1001):
    total += phi(n)
print("sum of phi up to 1000:", total)
print(phi(1000000007), phi(9223372036854775807), phi(600851475143))
