# set methods given any iterable, and several of them: update union intersection
# difference symmetric_difference issubset issuperset isdisjoint (CPython's table order).

s = {1}
empty: list[int] = []
s.update([2, 3])
print(s)
s.update((4,), {5}, range(6, 9), {10: "a", 11: "b"})
s.update()
print(s, len(s))
t = {"a"}
t.update("bc😀", ["é"], "")
print(len(t), sorted(t), "😀" in t)
print(s.union([9]), s.union(), s.union(range(3), (100, 200)), s.union(empty, empty))
print(s.intersection([2, 3, 99]), s.intersection(), s.intersection(range(5), {3: 1, 4: 2}))
print(s.difference([2, 3, 99]), s.difference(), s.difference({1: 0}, range(8, 12), {4}))
print(s.symmetric_difference([1, 50, 50]), s.symmetric_difference({1: 0, 60: 0}), s.symmetric_difference(empty))
print(s.issubset(range(100)), s.issuperset([1, 2]), s.isdisjoint((0, 99)), s.issubset([1, 2]))
d = {1: "x", 2: "y", 64: "z"}
s.update(d.keys())
print(s, s.union(d), s.intersection(d.keys()), s.difference(sorted(d)))
# collisions: 8, 16, 32 and 64 share a slot in an 8-entry table, so insertion order shows
c = {0}
c.update([64, 8, 32, 16])
print(c, c.union([128, 24]), c.intersection([32, 64, 0]), c.intersection((64, 32, 0, 8)))
big = set(range(100))
big.add(1000)
print(big.difference(range(1, 100)), big.difference(range(3, 100), [1000]), big.intersection([1000, 5]))
words = ["pear", "fig"]
w = {"fig"}
print(sorted(w.union(words)), sorted(w.difference(words)), w.issubset(words), w.issuperset(words))
pairs = {(1, 2)}
pairs.update([(3, 4), (1, 2)], zip([5], [6]))
print(sorted(pairs), pairs.isdisjoint(enumerate([9])))
r = {1, 2}
r.update(r)
print(r, r.union(r), r.intersection(r, r), r.difference(r), r.symmetric_difference(list(r)))
