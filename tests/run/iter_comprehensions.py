# List comprehensions over everything a for loop takes, with tuple targets; their variables do not leak.
xs = [3, 1, 2]
d = {"a": 1, "b": 2, "c": 3}
s = {10, 20}
t = (7, 8, 9)
r = range(5, 0, -2)
i = "outer i"
print([k for k in d], [v * 10 for v in d.values()], [k + str(v) for k, v in d.items()], [k for k in d.keys()])
print(sorted([x + 1 for x in s]), [x * 2 for x in t], [x for x in r], [c for c in "hey" if c != "e"])
print([i * x for i, x in enumerate(xs)], [a + b for a, b in zip(xs, t)], [x for x in reversed(xs)])
print([(i, k, v) for i, (k, v) in enumerate(d.items())], [p for p in zip(xs, "xyz")])
print([k * n for k, n in zip(d, xs)], [i + v for i, v in enumerate(d.values(), 1)])
print([a * b for a, (b, c) in zip(xs, zip(t, "abc")) if c != "b"], [q for q, _ in [(1, 2), (3, 4)]])
print([[a, b] for a in range(3) for b in range(a)], [x for x in [y * y for y in r] if x > 1])
print([(a, b) for a, b in [divmod(n, 3) for n in range(7)]], [m for m, in zip(xs)])
print(i, {k: i for i, k in enumerate(d)}, {a * b for a, b in zip(xs, xs)}, i)
grid = [[1, 2], [3, 4]]
print([a + b for a, b in grid], [x for row in grid for x in row], [[v for v in reversed(row)] for row in grid])
print([n for n in range(0)], [n for n in r[1:]], [len(q) for q in [range(3), r]])
