# list[int] literals, len, indexing (negative too), printing with CPython's repr.
primes = [2, 3, 5, 7, 11]
print(primes)
print(len(primes), primes[0], primes[4], primes[-1], primes[-5])
print([1], [-3, 0, 3], [9223372036854775807, -9223372036854775807 - 1])
total = 0
i = 0
while i < len(primes):
    total += primes[i]
    i += 1
print(total)
print(primes[len(primes) - 1] * primes[True], str(primes), repr(primes))
