text = "the quick brown fox jumps over the lazy dog and the cat"
letters = sorted([c for c in text if c != " "])
distinct: list[str] = []
counts: list[int] = []
for ch in letters:
    if ch in distinct:
        counts[distinct.index(ch)] += 1
    else:
        distinct.append(ch)
        counts.append(1)
top = max(counts)
print([distinct[i] for i in range(len(distinct)) if counts[i] == top], top)
print(sum(counts) == len(letters), sorted(counts, reverse=True)[:5])
bars = [[c] * c for c in counts[:5]]
print(bars)
