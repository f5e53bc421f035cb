vowels = ("a", "e", "i", "o", "u")
count = 0
for ch in "programming language":
    if ch in vowels:
        count += 1
print(count)
primes: tuple[int, ...] = (2, 3, 5, 7, 11)
for n in range(12):
    if n in primes:
        print(n, "prime")
    elif n not in (0, 1):
        print(n, "composite")
print(2.5 in (1.0, 2.5), 3.0 in (1.0, 2.5))
pairs = ((1, 2), (3, 4))
print((3, 4) in pairs, (4, 3) in pairs)
