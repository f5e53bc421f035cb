# set[tuple[...]]: literals, add / remove / discard / pop / clear / copy /
# update, in, len, truth, iteration and printing in CPython's order.
s = {(1, 2), (3, 4)}
s.add((5, 6))
s.add((1, 2))
print(s, len(s), (1, 2) in s, (2, 1) in s, (2, 1) not in s)
print({(4, 7), (3, 9), (0, -2), (4, -3), (3, 3), (6, 9)})
x = 4
print({(x, 7), (3, 9), (0, -2), (4, -3), (3, 3), (6, 9)})
print({(5, 7), (-2, -1), (7, 8), (1, -2), (8, 2), (8, 8)})
print({((1, 2), 3), ((3, 4), 5), ((5, 6), 7), ((1, 2), 3)})
mixed: set[tuple[int, ...]] = {(-1,), (-2,), (-1, -1), (-2, -2)}
print(mixed)
zeros: set[tuple[int, ...]] = {(), (0,), (0, 0), (0, 0, 0)}
print(zeros)
print({(0.5, True), (1.5, False), (-0.0, True), (1e300, False)})
s.discard((3, 4))
s.discard((9, 9))
s.remove((5, 6))
print(s)
t = s.copy()
t.update({(7, 8), (9, 10)})
print(t, s)
print(t.pop(), t)
t.clear()
print(t, len(t), bool(t))
visited: set[tuple[int, int]] = set()
for i in range(5):
    for j in range(5):
        if (i * j) % 3 == 1:
            visited.add((i, j))
print(visited)
for p in visited:
    print(p, p[0] + p[1])
for a, b in visited:
    print(a - b)
named: set[tuple[int, str]] = set()
named.add((1, "a"))
named.add((2, "b"))
named.add((1, "a"))
print(len(named), (1, "a") in named, (1, "b") in named, sorted(named))
var: set[tuple[int, ...]] = {(1,), (1, 2), ()}
three = (1, 2, 3)
var.add(three)
print(var, three in var, (2, 1) in var, max(var), min(var))
rows: list[tuple[int, ...]] = [(1, 2), (3,)]
print((1, 2) in rows, three in rows, (3,) in rows)
