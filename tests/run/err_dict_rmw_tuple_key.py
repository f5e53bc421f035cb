# d[a, b] -= 1 with the tuple key absent: KeyError with the tuple's repr.
grid: dict[tuple[int, str], float] = {(0, "x"): 1.5}
grid[0, "x"] -= 0.25
print(grid)
grid[1, "x"] -= 0.25
