xs = [3, -1, 4, 1, -5, 9]
print(sum(xs), sum(xs, 10), min(xs), max(xs))
fs = [0.1, 0.2, 0.3]
print(sum(fs), sum(fs, 1.0), min(fs), max(fs))
print(sum(range(101)), max(range(3, 12, 4)), min(range(5, 0, -1)))
bs = [True, True, False]
print(sum(bs), min(bs), max(bs))
print(min("hello"), max("hello"), min(["pear", "apple"]), max(["b", "ab"]))
print(min([[2], [1, 5], [1]]), max([[2], [1, 5]]))
empty: list[int] = []
print(sum(empty), sum(empty, 5))
nan = float("nan")
print(max([1.0, nan, 2.0]), min([nan, 1.0]))
print(max([1, 3, 3]), min([2, 2, 1]))
