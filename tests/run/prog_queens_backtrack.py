def safe(cols: list[int], col: int) -> bool:
    row = len(cols)
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(n: int, cols: list[int], out: list[list[int]]) -> None:
    if len(cols) == n:
        out.append(cols.copy())
        return
    for col in range(n):
        if safe(cols, col):
            cols.append(col)
            solve(n, cols, out)
            cols.pop()


for n in range(1, 8):
    found: list[list[int]] = []
    solve(n, [], found)
    print(n, len(found), found[0] if found else [])
sols: list[list[int]] = []
solve(6, [], sols)
print(sorted(sols, reverse=True)[:2], [s[::-1] in sols for s in sols])
