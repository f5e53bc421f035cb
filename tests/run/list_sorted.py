xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys)
print(sorted(xs, reverse=True))
print(sorted("hello"), sorted("hello", reverse=True))
print(sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1]]))
desc = True
print(sorted([0.5, -0.5, 2.0], reverse=desc))
print(sorted(xs + [], reverse=False))
