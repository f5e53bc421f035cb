# reversed(...) consumed at once: of a list, str, tuple, range call and range value.
xs = [4, 8, 15, 16, 23, 42]
s = "stressed"
t = (1.5, 2.5, 3.5)
r = range(1, 20, 4)
print(list(reversed(xs)), list(reversed(s)), list(reversed(t)), list(reversed(r)), list(reversed(range(0))))
print("".join(reversed(s)), "-".join(reversed(["a", "b", "c"])), "".join(reversed("")))
print(sorted(reversed(xs)), sum(reversed(xs)), min(reversed(t)), max(reversed(r)), sum(reversed(range(101))))
print(any(reversed([0, 0, 3])), all(reversed([1, 0])), set(reversed(xs)) == set(xs), set(reversed("aab")) == {"a", "b"})
print(dict(zip(reversed(s), range(8))), [c.upper() for c in reversed(s) if c != "s"])
print(list(zip(xs, reversed(xs))), list(enumerate(reversed(r))), [x * x for x in reversed(range(-3, 3))])
print(sorted(reversed(xs), key=lambda v: v % 5), max(reversed(xs), key=lambda v: v % 7))
print(list(reversed(r[1:])), list(reversed(range(10, 0, -3))), list(reversed(range(-9223372036854775808, -9223372036854775805))))
shrink = [1, 2, 3, 4, 5]
seen: list[int] = []
for v in reversed(shrink):
    seen.append(v)
    if len(shrink) > 2:
        shrink.pop()
print(seen, shrink)
