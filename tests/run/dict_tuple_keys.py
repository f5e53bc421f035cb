# dict[tuple[...], V]: literals, d[k], d[a, b] (a tuple subscript), assignment,
# augmented assignment, del, in / not in, len, truth, ==, print and repr.
grid: dict[tuple[int, int], str] = {(0, 0): "a", (0, 1): "b"}
grid[1, 0] = "c"
grid[(1, 1)] = "d"
grid[0, 0] += "!"
print(grid, len(grid), bool(grid))
print(grid[0, 0], grid[(1, 0)], repr(grid), str(grid))
print((1, 1) in grid, (2, 2) in grid, (2, 2) not in grid)
del grid[0, 1]
del grid[(1, 1)]
print(grid)
grid[0, 1] = "again"
print(grid)
k = (1, 0)
grid[k] = "k"
print(grid[k], grid)

counts: dict[tuple[int, int], int] = {}
for i in range(4):
    for j in range(3):
        key = (i % 2, j % 2)
        if key in counts:
            counts[key] += i * j
        else:
            counts[key] = 1
print(counts)
print(counts == {(0, 0): 1, (0, 1): 1, (1, 0): 1, (1, 1): 1}, counts != counts.copy())

negatives: dict[tuple[int, ...], str] = {(-1, -1): "m1", (-2, -2): "m2", (-1,): "x", (-2,): "y"}
print(negatives, negatives[-1, -1], negatives[-2,], negatives[(-1,)])

nested = {((1, 2), "a"): 1.5, ((1, 2), "b"): 2.5}
nested[(0, 0), "z"] = 0.5
print(nested, nested[(1, 2), "b"])
mixed = {(1, 2.5, True, "s"): [1], (1, 2.5, False, "s"): []}
mixed[1, 2.5, True, "s"].append(2)
print(mixed)
empty_key: dict[tuple[int, ...], str] = {(): "empty", (1,): "one"}
print(empty_key, empty_key[()])
floats = {(0.0, 1.5): "zero", (-0.0, 1.5): "negative zero"}
print(floats, floats[-0.0, 1.5])
