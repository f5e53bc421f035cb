a = [3, 1, 2]
b = a
b.sort()
print(a)
c = a.copy()
c.reverse()
print(a, c)
a.extend(b)
print(a, b)
a.clear()
print(a, b, c)
grid = [[3, 2], [1]]
rows = grid[:]
rows[0].sort()
print(grid, rows)
