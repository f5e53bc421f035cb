print(list(range(5)), list(range(10, 0, -3)), list(range(0)))
print(list("héllo"), list(""))
xs = [1, 2]
ys = list(xs)
ys.append(3)
print(xs, ys)
grid = [[1], [2]]
g = list(grid)
g[0].append(5)
print(grid, g)
n = 4
print(list(range(n)) + list(range(n, 0, -1)))
