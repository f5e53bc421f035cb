# pyrite: overflow
# A count that leaves 64 bits in the middle of d[k] = d.get(k, 0) + v: Pyrite raises
# OverflowError before the store (CPython goes on with a big int).
counts: dict[str, int] = {}
step = 2**61
for i in range(10):
    w = "ab"[i % 2]
    counts[w] = counts.get(w, 0) + step
    print(counts)
print("done", counts)
