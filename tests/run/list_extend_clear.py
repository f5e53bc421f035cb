xs = [1, 2]
ys = [3, 4, 5]
xs.extend(ys)
print(xs, ys)
xs.extend(xs)
print(xs, len(xs))
xs.extend([])
xs.clear()
print(xs, len(xs))
xs.extend([7])
print(xs)
ss: list[str] = []
ss.extend(["x", "y"])
ss.extend(list("zw"))
print(ss)
