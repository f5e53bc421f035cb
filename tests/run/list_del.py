xs = list(range(10))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[1], xs[0]
print(xs)
ys = [1, 2, 3]
del ys[:]
print(ys, len(ys))
ws = ["a", "b", "c", "d", "e"]
del ws[::-2]
print(ws)
