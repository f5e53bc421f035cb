# ValueError: 8 is not in range (r.index of a number the range does not hold).
r = range(1, 20, 3)
for x in [1, 4, 19, 16]:
    if x in r:
        print(x, r.index(x), r.count(x))
    else:
        print(x, "missing", r.count(x))
print(r.index(8))
