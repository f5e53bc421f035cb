def count(words: list[str]) -> dict[str, int]:
    d: dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d

c = count(["a", "b", "a", "c", "b", "a"])
print(c, len(c), "a" in c, "z" not in c)
for k in c:
    print(k, c[k])
for k, v in c.items():
    print(k, v)
c["a"] += 10
del c["b"]
print(c, c.pop("c"), c.pop("q", -1), c.setdefault("n", 5), c)
s = {3, 1, 2}
s.add(10)
print(s, 2 in s, {1, 2} <= s, s | {100}, s & {1, 2, 99}, s - {1}, s ^ {1, 50})
e: set[int] = set()
print(e, bool(e), set([5, 5, 6]), repr({"k": 1.5}))
d2 = {1: [1, 2], 2: []}
d2[2].append(7)
print(d2, d2 == {1: [1, 2], 2: [7]})
print(c["zz"])
