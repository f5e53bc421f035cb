"""Count the primes below N by trial division: integer division and modulo."""
# bench: quick N=40000

N = 500000


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(limit: int) -> int:
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


print(count_primes(N))
