"""Sieve of Eratosthenes to N over a list[bool]: issue 3's sieve figure (N = 10^7)."""
# bench: quick N=100000

N = 10000000


def sieve(n: int) -> list[bool]:
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for k in range(i * i, n + 1, i):
                flags[k] = False
        i += 1
    return flags


flags = sieve(N)
count = 0
last = 0
for i in range(N + 1):
    if flags[i]:
        count += 1
        last = i
print(count, last)
