def locate(grid: list[list[int]], target: int) -> tuple[int, int] | None:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None


grid = [[1, 2, 3], [4, 5, 6]]
for t in [5, 1, 7]:
    where = locate(grid, t)
    if where is None:
        print(t, "not found")
    else:
        r, c = where
        print(t, "at", where, r * 3 + c)
print(locate(grid, 6), locate(grid, 0))
