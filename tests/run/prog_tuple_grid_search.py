# A breadth-first search on a grid, with tuple[int, int] keys for distances and
# a set of walls; a memoized path count keyed by (row, col).
ROWS = 6
COLS = 8
walls = {(1, 1), (1, 2), (1, 3), (3, 4), (3, 5), (4, 1), (2, 6), (0, 5)}


def neighbours(cell: tuple[int, int]) -> list[tuple[int, int]]:
    r, c = cell
    out: list[tuple[int, int]] = []
    for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS and (nr, nc) not in walls:
            out.append((nr, nc))
    return out


def bfs(start: tuple[int, int]) -> dict[tuple[int, int], int]:
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        cell = queue[head]
        head += 1
        for nxt in neighbours(cell):
            if nxt not in dist:
                dist[nxt] = dist[cell] + 1
                queue.append(nxt)
    return dist


def paths(r: int, c: int, memo: dict[tuple[int, int], int]) -> int:
    if (r, c) in walls:
        return 0
    if r == 0 and c == 0:
        return 1
    if (r, c) in memo:
        return memo[r, c]
    total = 0
    if r > 0:
        total += paths(r - 1, c, memo)
    if c > 0:
        total += paths(r, c - 1, memo)
    memo[r, c] = total
    return total


dist = bfs((0, 0))
print(len(dist), dist[ROWS - 1, COLS - 1], max(dist.values()))
for r in range(ROWS):
    print("".join(["#" if (r, c) in walls else str(dist.get((r, c), -1) % 10) for c in range(COLS)]))
far = {cell for cell, d in dist.items() if d >= 10}
print(far)
memo: dict[tuple[int, int], int] = {}
print(paths(ROWS - 1, COLS - 1, memo), len(memo))
print(sorted(memo.items())[:5])
seen: set[tuple[int, int]] = set()
for cell in dist:
    seen.add((cell[0] // 2, cell[1] // 2))
print(seen, len(seen))
