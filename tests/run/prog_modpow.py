# Fast modular exponentiation by repeated squaring, checked against pow(b, e, m),
# and a Fermat primality test built on it.


def mod_pow(base: int, exp: int, mod: int) -> int:
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def fermat_probable_prime(n: int) -> bool:
    if n < 4:
        return n == 2 or n == 3
    for a in range(2, 8):
        if mod_pow(a, n - 1, n) != 1:
            return False
    return True


M = 1000000007
for e in range(0, 100, 9):
    print(e, mod_pow(3, e, M), pow(3, e, M), mod_pow(2, e, 97))
print(mod_pow(123456789, 1000000006, M), mod_pow(2, 3000000000, M))
count = 0
for n in range(2, 2000):
    if fermat_probable_prime(n):
        count += 1
print("probable primes below 2000:", count)
print(fermat_probable_prime(561), fermat_probable_prime(1000003), fermat_probable_prime(1000001))
