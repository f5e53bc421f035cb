def next_collatz(n: int) -> int | None:
    if n == 1:
        return None
    if n % 2 == 0:
        return n // 2
    return 3 * n + 1


def chain(start: int) -> list[int]:
    out: list[int] = []
    cur: int | None = start
    while cur is not None:
        out.append(cur)
        cur = next_collatz(cur)
    return out


print(chain(6))
print(len(chain(27)), chain(27)[-1])
best: int | None = None
for n in [5, 3, 8, 1, 9, 2]:
    if best is None or n > best:
        best = n
print(best)
lowest: str | None = None
for w in ["pear", "apple", "fig"]:
    if lowest is None:
        lowest = w
    elif w < lowest:
        lowest = w
print(lowest)
