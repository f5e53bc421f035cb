xs = [1, 2, 3]
for i, x in enumerate(xs):
    if x < 4:
        xs.append(x + 3)
    print(i, x)
print(xs)
a = [1, 2, 3]
b = [10, 20, 30, 40, 50]
for p, q in zip(a, b):
    if len(a) < 5:
        a.append(p * 100)
    print(p, q)
print(a)
