def dedup(xs: list[int]) -> list[int]:
    seen: set[int] = set()
    out: list[int] = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


data: list[int] = []
for i in range(200):
    data.append((i * 37 + 11) % 53)
u = dedup(data)
print(len(data), len(u))
print(u)
print(set(data) == set(u), len(set(data)))
