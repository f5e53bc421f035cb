xs = [1, 2]
del xs[1]
print(xs)
del xs[5]
