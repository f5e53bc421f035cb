# assert with a computed str message.
xs = [3, 1, 2]
ok = True
for i in range(len(xs) - 1):
    if xs[i] > xs[i + 1]:
        ok = False
print(len(xs))
assert ok, "not sorted: " + str(xs)
