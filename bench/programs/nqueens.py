"""Count the solutions of the n-queens puzzle for n = 1..N with bitmasks.

Each row is one recursive call; the columns and both diagonals already
attacked are three bitmasks, and the free squares of the row are the bits of
`full & ~(cols | left | right)`, taken lowest first with `free & -free`.
"""
# bench: quick N=8

N = 12


def solutions(cols: int, left: int, right: int, full: int) -> int:
    if cols == full:
        return 1
    count = 0
    free = full & ~(cols | left | right)
    while free != 0:
        bit = free & -free
        free -= bit
        count += solutions(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full)
    return count


for n in range(1, N + 1):
    print(n, solutions(0, 0, 0, (1 << n) - 1))
