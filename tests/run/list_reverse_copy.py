xs = [1, 2, 3, 4]
ys = xs.copy()
xs.reverse()
print(xs, ys)
ys.append(5)
print(xs, ys, xs == ys)
empty: list[int] = []
empty.reverse()
print(empty, empty.copy())
grid = [[1], [2]]
g2 = grid.copy()
g2[0].append(9)
g2.append([3])
print(grid, g2)
s = ["c", "a", "b"]
s.reverse()
print(s)
