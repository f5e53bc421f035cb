# N-queens by backtracking, the board as a list of column indices.
def safe(cols: list[int], row: int, col: int) -> bool:
    for r in range(row):
        c = cols[r]
        if c == col or c - col == r - row or c - col == row - r:
            return False
    return True


def solve(cols: list[int], row: int, n: int, found: list[list[int]]) -> int:
    if row == n:
        if len(found) < 2:
            found.append(cols * 1)
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            count += solve(cols, row + 1, n, found)
    return count


for n in range(1, 8):
    first: list[list[int]] = []
    print(n, solve([0] * n, 0, n, first), first)
