# pyrite: overflow
# d[k] += v past 64 bits: OverflowError before the store.
counts: dict[int, int] = {1: 0, 2: 0}
for i in range(8):
    counts[1 + i % 2] += 2**61
    print(counts)
