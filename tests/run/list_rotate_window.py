xs = list(range(1, 9))
k = 3
rot = xs[k:] + xs[:k]
print(rot)
windows = [xs[i:i + 3] for i in range(len(xs) - 2)]
print(windows, [sum(w) for w in windows])
print(max(windows), min(windows))
chunks = [xs[i:i + 3] for i in range(0, len(xs), 3)]
print(chunks)
rev_chunks = [c[::-1] for c in chunks][::-1]
print(rev_chunks)
