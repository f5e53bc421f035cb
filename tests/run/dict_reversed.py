# reversed() of a dict and of its keys(), values() and items() views: last inserted first.

d = {"a": 1, "é": 2, "😀": 3, "b": 4}
for k in reversed(d):
    print(k, d[k])
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d["é"]
d["z"] = 9
d["a"] = 10
print(list(reversed(d.items())), [k * 2 for k in reversed(d)], "".join(reversed(d)))
for i, (k, v) in enumerate(reversed(d.items())):
    print(i, k, v)
for v, x in zip(reversed(d.values()), [1, 2]):
    print(v, x)
print(dict(reversed(d.items())), set(reversed(d.values())) == set(d.values()), sorted(reversed(d)))
print(max(reversed(d.values())), sum(reversed(d.values())), any(reversed(d.values())))
empty: dict[int, int] = {}
print(list(reversed(empty)), list(reversed(empty.items())))
n = {1: 1, 2: 2, 3: 3}
for j in reversed(n):
    n[j] = n[j] * 10  # changing values is fine
print(n)
for j in reversed(n):
    if j == 2:
        del n[j]  # the next step raises
    print(j)
