"""Numba twin of bench/programs/sudoku.py: the generator's state is a one-element
array (numba freezes globals), the grids are numpy int arrays."""

import numpy as np
from numba import njit

N = 100
CLUES = 26
CAP = 200


@njit(cache=True)
def rand(state, k):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 16) % k


@njit(cache=True)
def shuffled(state, n):
    items = np.arange(n)
    for i in range(n - 1, 0, -1):
        j = rand(state, i + 1)
        items[i], items[j] = items[j], items[i]
    return items


@njit(cache=True)
def make_puzzle(state):
    digits = shuffled(state, 9)
    rows = np.empty(9, dtype=np.int64)
    cols = np.empty(9, dtype=np.int64)
    for band in range(3):
        three = shuffled(state, 3)
        for r in range(3):
            rows[band * 3 + r] = band * 3 + three[r]
    for stack in range(3):
        three = shuffled(state, 3)
        for c in range(3):
            cols[stack * 3 + c] = stack * 3 + three[c]
    grid = np.zeros(81, dtype=np.int64)
    for r in range(9):
        for c in range(9):
            grid[r * 9 + c] = digits[(rows[r] * 3 + rows[r] // 3 + cols[c]) % 9] + 1
    order = shuffled(state, 81)
    for i in range(81 - CLUES):
        grid[order[i]] = 0
    return grid


@njit(cache=True)
def bit_count(mask):
    count = 0
    while mask != 0:
        mask &= mask - 1
        count += 1
    return count


@njit(cache=True)
def fingerprint(grid):
    h = 0
    for cell in range(81):
        h = (h * 31 + grid[cell]) % 1000000007
    return h


@njit(cache=True)
def search(grid, rows, cols, boxes, found):
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
        grid[best] = bit_count(bit - 1) + 1
        rows[r] |= bit
        cols[c] |= bit
        boxes[b] |= bit
        search(grid, rows, cols, boxes, found)
        rows[r] ^= bit
        cols[c] ^= bit
        boxes[b] ^= bit
    grid[best] = 0


@njit(cache=True)
def solve(grid):
    rows = np.zeros(9, dtype=np.int64)
    cols = np.zeros(9, dtype=np.int64)
    boxes = np.zeros(9, dtype=np.int64)
    for cell in range(81):
        if grid[cell] != 0:
            bit = 1 << (grid[cell] - 1)
            rows[cell // 9] |= bit
            cols[cell % 9] |= bit
            boxes[cell // 27 * 3 + cell % 9 // 3] |= bit
    found = np.zeros(2, dtype=np.int64)
    search(grid, rows, cols, boxes, found)
    return found


state = np.array([7], dtype=np.int64)
for index in range(N):
    found = solve(make_puzzle(state))
    print(index, int(found[0]), int(found[1]))
