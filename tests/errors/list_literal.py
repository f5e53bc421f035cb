def total(n: int) -> int:
    values = [i * 0.5 for i in n]  # ERROR: 'int' object is not iterable
    return n


primes = [2, 3, 5, 7]
print(total(4))
