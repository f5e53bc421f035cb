xs = [3, 1, 4, 1, 5]
ys = [2, 7, 1, 8, 2, 8]
for i, (x, y) in enumerate(zip(xs, ys)):
    print(i, x, y, x * y)
for i, (a, b) in enumerate([(1, "one"), (2, "two")], 100):
    print(i, a, b)
for (i, c), d in zip(enumerate("ab"), "xyz"):
    print(i, c, d)
pairs = [(1, 2), (3, 4)]
for k, p in enumerate(pairs):
    print(k, p, p[0] + p[1])
