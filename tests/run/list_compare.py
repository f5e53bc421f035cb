a = [1, 2, 3]
b = [1, 2, 4]
c = [1, 2]
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(c < a, a < c, c == c, c <= c, [] < c, c == [], [] != c)
print(["a", "b"] < ["a", "c"], ["b"] > ["a", "z"], ["x"] == ["x"])
print([[1, 2], [3]] < [[1, 2], [4]], [[1]] == [[1]])
print([1.0, float("nan")] == [2.0, float("nan")], [0.5] < [1.5])
print([True] < [True, False], [False] < [True])
print(a < b < [2], a == a == a)
xs = [3, 1]
ys = sorted(xs)
print(xs == ys, sorted(xs) == [1, 3])
