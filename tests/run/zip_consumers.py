# zip(...) consumed at once: list, sorted, set, dict, sum, min, max, any, all, join, key=.


def pairs(xs: list[int], ys: list[str]) -> list[tuple[int, str]]:
    return list(zip(xs, ys))


xs = [3, 1, 2, 5]
ys = ["c", "a", "b"]
zs = (0.5, 1.5, 2.5, 3.5, 4.5)
print(pairs(xs, ys), pairs([], ys), list(zip(xs)), list(zip(xs, ys, zs)))
print(sorted(zip(xs, ys)), sorted(zip(ys, xs), reverse=True), sorted(zip(xs, zs), key=lambda p: -p[1]))
print(dict(zip(ys, xs)), dict(zip(xs, ys)), dict(zip("abcab", range(5))), dict(zip(ys, zs)))
print(set([a * b for a, b in zip(xs, xs)]), {a: b for a, b in zip("aab", "xyz")})
print(min(zip(xs, ys)), max(zip(ys, xs)), max(zip(xs, ys), key=lambda p: p[1]), min(zip(zs, xs)))
no: list[int] = []
print(any(zip(xs, ys)), all(zip(xs, ys)), any(zip(no, ys)), all(zip(ys, no)))
print(sum([a * b for a, b in zip(xs, [10, 100, 1000])]), [a + b for a, b in zip("ab", "xyz")])
print(list(zip(range(3), range(10, 0, -2))), list(zip(range(2, 8, 2), reversed(xs))))
print(list(zip(zip(xs, ys), range(5))), list(zip("hi", zip(zs, zs))))
r = range(4)
print(list(zip(r, r[1:])), dict(zip(r, "wxyz")), sorted(zip(reversed(r), r)))
t: list[tuple[str, int]] = sorted(zip(ys, xs))
print(t, t[0][0], [name for name, _ in t], ", ".join([f"{n}={v}" for n, v in zip(ys, xs)]))
grown = [1, 2]
for a, b in zip(grown, grown):
    if len(grown) < 5:
        grown.append(a + b)
print(grown, list(zip(grown, grown[1:])))
