xs = [1, 2, 3]
print([xs[i] for i in range(3)])
print([xs[i] for i in range(4)])
