xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = [10, 20, 30]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [100, 200]
print(xs)
xs[2:5] = []
print(xs)
xs[::2] = [7, 7, 7, 7]
print(xs)
xs[::-1] = [1, 2, 3, 4, 5, 6, 7]
print(xs)
xs[:] = xs
print(xs)
ws = ["a", "b", "c"]
ws[1:] = ["x"]
print(ws)
