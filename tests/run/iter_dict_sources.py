# enumerate and zip over dicts, sets and views walk them as CPython's iterators do.
d = {"x": 1, "y": 2, "z": 3}
s = {5, 6, 7}
for i, k in enumerate(d):
    print(i, k, d[k])
for k, v, e in zip(d, d.values(), s):
    print(k, v, e)
for i, (k, v) in enumerate(d.items(), 1):
    print(i, k, v)
print(list(enumerate(d.keys())), list(zip(s, d)), dict(zip(d.values(), d.keys())), sorted(enumerate(s)))
# zip stops at the first exhausted iterator without asking the next one, so this
# loop ends normally although the body grows d
for a, k in zip([1], d):
    d["w"] = a
print(d)
for k, a in zip(d, [1, 2]):
    d[k] = a * 100
print(d)
counts = {"b": 0}
for i, word in enumerate(["to", "be", "or"]):
    counts[word] = i
print(counts, [(i, k) for i, k in enumerate(counts) if i % 2 == 0])
