"""N-queens with lists (issue 3's figure, N = 10): count every placement by backtracking,
with the columns and both diagonals in use kept in list[bool]s, and the first solution."""
# bench: quick N=8

N = 10


def place(row: int, n: int, cols: list[bool], up: list[bool], down: list[bool], board: list[int],
          first: list[int]) -> int:
    if row == n:
        if not first:
            first.extend(board)
        return 1
    found = 0
    for c in range(n):
        if not cols[c] and not up[row + c] and not down[row - c + n - 1]:
            cols[c] = True
            up[row + c] = True
            down[row - c + n - 1] = True
            board.append(c)
            found += place(row + 1, n, cols, up, down, board, first)
            board.pop()
            cols[c] = False
            up[row + c] = False
            down[row - c + n - 1] = False
    return found


def main(n: int) -> None:
    total = 0
    first: list[int] = []
    for _ in range(10):
        first.clear()
        total += place(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1), [], first)
    print(total // 10, first)


main(N)
