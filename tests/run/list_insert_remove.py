xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(100, 9)
xs.insert(-1, 8)
xs.insert(-100, -1)
print(xs, len(xs))
xs.remove(8)
xs.remove(-1)
print(xs)
names = ["ann", "bob", "ann"]
names.remove("ann")
print(names)
names.insert(1, "cy")
print(names, len(names))
fs = [1.5, 2.5]
fs.insert(1, 2.0)
fs.remove(1.5)
print(fs)
