# del of a dict item and of list items and slices, in one statement and apart (left to right)
ages = {"ada": 36, "alan": 41, "grace": 85}
xs = [10, 20, 30, 40, 50, 60]
del ages["alan"], xs[0], xs[1:3]
print(ages, xs)
del xs[-1]
del xs[::2]
print(xs)
del ages["zed"]
