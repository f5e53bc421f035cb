xs = [1, 2, 3, 1]
print(xs.index(1, 1))
print(xs.index(2, 2))
