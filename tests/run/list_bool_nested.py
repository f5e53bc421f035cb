# list[bool] (one byte per item, ADR 0013) inside other containers, and big ones.
grid: list[list[bool]] = [[False] * 4 for _ in range(3)]
grid[1][2] = True
grid[2][-1] = True
print(grid, grid[1] == [False, False, True, False], [True] in grid)
grid.append([True, True])
grid.sort()
print(grid, max(grid), min(grid))
d: dict[str, list[bool]] = {"a": [True, False], "b": []}
d["b"].append(True)
d["a"] += [False]
print(d, d["a"].count(False), list(d.items()))
pair: tuple[int, list[bool]] = (3, [False, True])
pair[1].append(True)
print(pair, pair == (3, [False, True, True]), sum(pair[1]))
nested = [grid[0], grid[0]]
nested[0][0] = True
print(nested)
big = [False] * 100000
for i in range(0, 100000, 7):
    big[i] = True
print(len(big), big.count(True), sum(big), big[-7], big[99995], big.index(True, 50000))
grown: list[bool] = []
for i in range(70000):
    grown.append(i % 11 == 0)
print(len(grown), grown.count(True), grown[-1], grown[69993], grown == [i % 11 == 0 for i in range(70000)])
half = grown[::2]
print(len(half), half.count(True))
del grown[1000:60000]
print(len(grown), grown.count(True))
huge = [True, False, False] * 30000
print(len(huge), huge.count(False), huge[-1], huge[-3])
