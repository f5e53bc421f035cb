rec = (1, ("alice", 3.5), (True, (2, "deep")))
print(rec)
i, (name, score), (flag, (k, word)) = rec
print(i, name, score, flag, k, word)
inner = rec[1]
print(inner, inner[0], inner[1])
print(rec[2][1][1], rec[-1][0])
a, (b, c) = 1, (2, 3)
print(a, b, c)
m = ((1, 2), (3, 4))
(p, q), (r, s) = m
print(p + s, q + r)
grid: list[tuple[int, tuple[str, str]]] = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (left, right) in grid:
    print(n, left + right)
print(grid)
