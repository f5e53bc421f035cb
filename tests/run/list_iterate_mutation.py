# Changing a list while iterating over it: CPython's list iterator re-reads the
# length at every step, so appended items are visited and popped ones are skipped.
xs = [1, 2, 3]
for x in xs:
    if x < 5:
        xs.append(x + 3)
    print(x, end=" ")
print()
print(xs)
ys = [10, 20, 30, 40, 50]
for y in ys:
    print(y, end=" ")
    ys.pop()
print()
print(ys)
zs = [1, 2, 3]
for z in zs:
    zs[len(zs) - 1] = z * 100
print(zs)
