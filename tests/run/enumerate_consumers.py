# enumerate(...) consumed at once: list, sorted, dict, sum, min, max, any, all, key=, comprehensions.
words = ["pear", "fig", "apple", "kiwi"]
print(list(enumerate(words)), list(enumerate(words, 1)), list(enumerate(words, start=-2)))
print(dict(enumerate(words)), dict(enumerate("abc", 10)), dict(enumerate(range(3, 0, -1))))
print(sorted(enumerate(words), key=lambda p: p[1]), sorted(enumerate([3, 1, 2]), reverse=True))
best = max(enumerate(words), key=lambda p: len(p[1]))
first_short = min(enumerate(words), key=lambda p: len(p[1]))
print(best, best[0], first_short, max(enumerate([5, 9, 9, 1])), min(enumerate("zyx")))
print(any(enumerate(words)), all(enumerate(words)), any(enumerate("")), all(enumerate("")))
print([i * len(w) for i, w in enumerate(words)], [w for i, w in enumerate(words) if i % 2 == 0])
print({w: i for i, w in enumerate(words)}, {i for i, _ in enumerate(words, 100)})
print(list(enumerate(zip(words, range(10)))), list(enumerate(reversed(words), 1)))
print([(i, a, b) for i, (a, b) in enumerate(zip("xy", [7, 8]))], list(enumerate(enumerate("ab"), 5)))
pos: dict[int, str] = dict(enumerate(words))
empty: dict[str, int] = dict()
print(pos, empty, dict(pos), dict(pos.items()) == pos, sum([i for i, _ in enumerate(words)]), ",".join([f"{i}:{w}" for i, w in enumerate(words)]))
table = [[i * j for j, _ in enumerate(words)] for i, _ in enumerate(words)]
print(table)
