xs = [4, 2]
print(min(xs))
xs.clear()
print(max([1]))
print(min(xs))
