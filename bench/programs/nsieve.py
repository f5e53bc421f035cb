"""Sieve of Eratosthenes over a list of flags, for 10000 * 2**m with m = N, N-1, N-2."""
# bench: quick N=3

N = 9


def nsieve(limit: int) -> int:
    flags = [True] * (limit + 1)
    count = 0
    for i in range(2, limit + 1):
        if flags[i]:
            count += 1
            for k in range(i + i, limit + 1, i):
                flags[k] = False
    return count


for m in range(N, N - 3, -1):
    limit = 10000 * (1 << m)
    print("Primes up to", limit, nsieve(limit))
