# Set operators, methods and comparisons on set[tuple[...]], set() of a list,
# a set or a dict of tuples, and set comprehensions.
a = {(i, i * i) for i in range(6)}
b = {(i, i * i) for i in range(3, 9)}
print(a)
print(b)
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a.union(b), a.intersection(b))
print(a.difference(b), a.symmetric_difference(b))
print(a <= b, (a & b) <= a, (a & b) < a, a < a, a >= (a & b), a > b)
print(a == {(i, i * i) for i in range(6)}, a != b)
print(a.issubset(a | b), a.issuperset(a & b), a.isdisjoint(b), (a - b).isdisjoint(b - a))
c = a.copy()
c |= {(10, 100)}
print(c)
c &= {(0, 0), (1, 1), (10, 100), (11, 121)}
print(c)
c -= {(0, 0)}
print(c)
c ^= {(1, 1), (2, 4)}
print(c)
pairs = [(1, 2), (2, 3), (1, 2), (3, 4), (2, 3)]
print(set(pairs), len(set(pairs)))
weights = {(0, 1): 5, (1, 2): 3, (2, 0): 1}
keys = set(weights)
print(keys, keys == set(weights))
diag = {(i, j) for i in range(4) for j in range(4) if i == j}
print(diag, diag <= {(i, j) for i in range(4) for j in range(4)})
neg = {(-i, i) for i in range(-3, 4)}
print(neg)
nested = {((i, j), (j, i)) for i in range(3) for j in range(3)}
print(nested, len(nested))
