# N-queens solution counts with bitmasks for columns and diagonals.


def solve(n: int, row: int, cols: int, diag1: int, diag2: int) -> int:
    if row == n:
        return 1
    count = 0
    full = (1 << n) - 1
    free = full & ~(cols | diag1 | diag2)
    while free != 0:
        bit = free & -free
        free ^= bit
        count += solve(n, row + 1, cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1)
    return count


for n in range(1, 9):
    print(n, solve(n, 0, 0, 0, 0))
