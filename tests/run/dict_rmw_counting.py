# The counting idioms, lowered with one probe of the table (irgen/dict_rmw.py):
# d[k] = d.get(k, x) op v and d[k] op= v, for str, int and tuple keys and int,
# float and str values, with enough distinct keys to resize the table meanwhile.


def count_get(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_augmented(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        if w not in counts:
            counts[w] = 0
        counts[w] += 1
    return counts


words = "the cat and the dog and the bird saw the cat".split()
print(count_get(words))
print(count_augmented(words))

# equal strs that are different objects: the first key object stays, the value moves on
built = ["".join(["c", "a", "t"]), "ca" + "t", words[1], "cat"[:3]]
counts = count_get(built)
print(counts, len(counts))

# int keys, many distinct: the table grows several times inside the loop
squares: dict[int, int] = {}
for i in range(3000):
    k = (i * 7919) % 1013
    squares[k] = squares.get(k, 0) + i
for i in range(0, 3000, 3):
    squares[(i * 31) % 1013] += 2
print(len(squares), sum(squares.values()), list(squares.items())[:5], list(squares)[-5:])

# tuple keys, with the key written as a tuple display in both places
pairs: dict[tuple[int, str], int] = {}
for i in range(50):
    a = i % 4
    b = "xy"[i % 2]
    pairs[(a, b)] = pairs.get((a, b), 100) - i
    pairs[a, b] += 1
print(pairs)

# float values, a float default and an int one
weights: dict[str, float] = {}
for i, w in enumerate(words):
    weights[w] = weights.get(w, 0.5) * 2.0 + i / 4
    weights[w] -= 0.125
print(weights)

# str values: += concatenates, get(k, "") + v builds
seen: dict[int, str] = {}
for i, w in enumerate(words):
    seen[len(w)] = seen.get(len(w), "") + w[0]
    n = len(w)
    seen[n] += "."
print(seen)

# globals as dict and key, at the module level; -d and ~ in the value
g: dict[str, int] = {"x": 1}
key = "x"
step = 3
g[key] = -g.get(key, 0) * step + ~step
g[key] += step ** 2 // 2 % 7
g["y"] = g.get("y", 5) << 2
print(g, list(g))
