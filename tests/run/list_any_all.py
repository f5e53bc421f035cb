print(any([0, 0, 1]), any([0, 0]), all([1, 2]), all([1, 0]))
empty: list[int] = []
print(any(empty), all(empty))
print(any([0.0, -0.0]), all([0.5, float("nan")]))
print(any(["", ""]), any(["", "a"]), all(["a", ""]))
print(any([[0], []]), all([[0], []]))
print(any("abc"), all(""), any(range(0)), all(range(1, 4)))
xs = [3, 5, 7]
print(all([x % 2 == 1 for x in xs]), any([x > 6 for x in xs]))
