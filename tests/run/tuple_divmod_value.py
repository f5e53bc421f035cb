q = divmod(17, 5)
print(q, q[0], q[1], len(q))
a, b = divmod(-17, 5)
print(a, b)
f = divmod(7.5, 2.0)
print(f)
results: list[tuple[int, int]] = []
for n in range(1, 5):
    results.append(divmod(100, n))
print(results)
x, y = 1, 2
x, y = y, x + y
print(x, y)
print(divmod(9, 4) == (2, 1), divmod(9, 4) < (2, 2))
