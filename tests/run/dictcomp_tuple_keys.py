# dict comprehensions with tuple keys, and over a dict with tuple keys.
table = {(i, j): i * j for i in range(1, 4) for j in range(1, 4)}
print(table)
upper = {(i, j): v for (i, j), v in table.items() if i < j}
print(upper)
swapped = {(j, i): v for (i, j), v in upper.items()}
print(swapped)
by_sum = {(i + j,): v for (i, j), v in table.items() if (i + j) % 2 == 0}
print(by_sum)
words = ["apple", "bob", "cat", "apple", "dog"]
first_seen = {(w[0], len(w)): i for i, w in enumerate(words)}
print(first_seen)
nested = {((i, i), str(i)): float(i) / 2 for i in range(3)}
print(nested)
values = [3, 1, 4, 1, 5, 9, 2, 6]
pairs = {(a, b): a + b for a in values for b in values if a < b and (a + b) % 3 == 0}
print(pairs, len(pairs))
print({k: v for k, v in pairs.items() if k[0] == 1})
a = "outer"
flipped = {(b, a) for (a, b), _ in table.items() if a == 1}
print(flipped, a)
points = [(1, (2, 3)), (4, (5, 6))]
print({(x, y, z) for x, (y, z) in points}, {y: (x, z) for x, (y, z) in points})
