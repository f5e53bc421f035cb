def total(n: int) -> int:
    values = [i * i for i in range(n)]  # ERROR: list comprehensions are not supported yet
    return n


primes = [2, 3, 5, 7]
print(total(4))
