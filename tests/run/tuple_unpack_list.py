xs = [1, 2, 3]
a, b, c = xs
print(a, b, c)
words = ["x", "y"]
first, second = words
print(second + first)
grid = [[1, 2], [3, 4]]
for left, right in grid:
    print(left * right)
u: tuple[int, ...] = (7, 8)
p, q = u
print(p - q)
