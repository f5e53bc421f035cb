def find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(parent: dict[int, int], a: int, b: int) -> None:
    ra = find(parent, a)
    rb = find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


parent = {i: i for i in range(20)}
for a, b in {3: 4, 4: 9, 8: 0, 2: 3, 5: 6, 7: 2, 6: 1, 11: 12, 13: 11}.items():
    union(parent, a, b)
groups: dict[int, set[int]] = {}
for x in parent:
    r = find(parent, x)
    if r not in groups:
        groups[r] = set()
    groups[r].add(x)
print(groups)
print(len(groups), {r for r in groups if len(groups[r]) > 1})
