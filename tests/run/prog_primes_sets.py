def primes_below(n: int) -> set[int]:
    composite: set[int] = set()
    primes: set[int] = set()
    for i in range(2, n):
        if i not in composite:
            primes.add(i)
            for j in range(i * i, n, i):
                composite.add(j)
    return primes


p = primes_below(100)
print(p)
odd: set[int] = set()
for i in range(1, 100, 2):
    odd.add(i)
print(p - odd, len(p & odd), p <= odd | {2})
twins = 0
for x in p:
    if x + 2 in p:
        twins += 1
print("twin pairs", twins)
