"""Sudoku by backtracking: make N puzzles and count each one's solutions (up to CAP).

Each puzzle is a full grid from the pattern (3r + r//3 + c) % 9 + 1 with its
digits, rows within bands and columns within stacks shuffled, then emptied
down to CLUES cells. The solver keeps the digits used by every row, column
and box as bitmasks and always fills the empty cell with the fewest
candidates. Printed per puzzle: the number of solutions found (at most CAP)
and a fingerprint of the first one.
"""
# bench: quick N=3

N = 100
CLUES = 26
CAP = 200
seed = 7


def rand(k: int) -> int:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % k


def shuffled(n: int) -> list[int]:
    items = list(range(n))
    for i in range(n - 1, 0, -1):
        j = rand(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def make_puzzle() -> list[int]:
    digits = shuffled(9)
    rows = [band * 3 + r for band in range(3) for r in shuffled(3)]
    cols = [stack * 3 + c for stack in range(3) for c in shuffled(3)]
    grid = [0] * 81
    for r in range(9):
        for c in range(9):
            grid[r * 9 + c] = digits[(rows[r] * 3 + rows[r] // 3 + cols[c]) % 9] + 1
    for cell in shuffled(81)[: 81 - CLUES]:
        grid[cell] = 0
    return grid


def bit_count(mask: int) -> int:
    count = 0
    while mask != 0:
        mask &= mask - 1
        count += 1
    return count


def fingerprint(grid: list[int]) -> int:
    h = 0
    for cell in range(81):
        h = (h * 31 + grid[cell]) % 1000000007
    return h


def search(grid: list[int], rows: list[int], cols: list[int], boxes: list[int], found: list[int]) -> None:
    best = -1
    best_count = 10
    best_free = 0
    for cell in range(81):
        if grid[cell] == 0:
            r = cell // 9
            c = cell % 9
            free = 511 & ~(rows[r] | cols[c] | boxes[r // 3 * 3 + c // 3])
            count = bit_count(free)
            if count < best_count:
                best = cell
                best_count = count
                best_free = free
                if count <= 1:
                    break
    if best < 0:
        found[0] += 1
        if found[0] == 1:
            found[1] = fingerprint(grid)
        return
    r = best // 9
    c = best % 9
    b = r // 3 * 3 + c // 3
    free = best_free
    while free != 0 and found[0] < CAP:
        bit = free & -free
        free -= bit
        digit = bit_count(bit - 1) + 1
        grid[best] = digit
        rows[r] |= bit
        cols[c] |= bit
        boxes[b] |= bit
        search(grid, rows, cols, boxes, found)
        rows[r] ^= bit
        cols[c] ^= bit
        boxes[b] ^= bit
    grid[best] = 0


def solve(grid: list[int]) -> list[int]:
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    for cell in range(81):
        if grid[cell] != 0:
            bit = 1 << (grid[cell] - 1)
            rows[cell // 9] |= bit
            cols[cell % 9] |= bit
            boxes[cell // 27 * 3 + cell % 9 // 3] |= bit
    found = [0, 0]
    search(grid, rows, cols, boxes, found)
    return found


for index in range(N):
    found = solve(make_puzzle())
    print(index, found[0], found[1])
