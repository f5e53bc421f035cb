xs = [3, 1, 4, 1, 5, 9, 2, 6]
x = "outer"
sq = {x: x * x for x in xs}
print(sq, x)
ev = {x for x in xs if x % 2 == 0}
print(ev)
pairs = {i * 10 + j: i + j for i in range(4) for j in range(i) if (i + j) % 2 == 1}
print(pairs)
inv = {v: k for k, v in sq.items() if v > 1}
print(inv)
def f(words: list[str]) -> dict[str, int]:
    return {w: len(w) for w in words}
print(f(["a", "bb", "ccc"]))
nested = {k: {j for j in range(k)} for k in range(4)}
print(nested)
e: set[float] = {v / 2 for v in xs}
print(e, len({c for c in "hello"}))
keys = {k for k in sq}
print(keys == set(xs))
