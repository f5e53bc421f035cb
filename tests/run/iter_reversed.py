xs = [1, 2, 3, 4]
for x in reversed(xs):
    print(x)
for ch in reversed("abc"):
    print(ch)
for t in reversed((1.5, 2.5, 3.5)):
    print(t)
for v in reversed(range(5)):
    print(v)
for v in reversed(range(2, 20, 5)):
    print(v)
for v in reversed(range(10, -10, -7)):
    print(v)
for v in reversed(range(3, 3)):
    print("never")
for i, x in enumerate(reversed(xs)):
    print(i, x)
for a, b in zip(xs, reversed(xs)):
    print(a, b)
ys = [1, 2, 3, 4, 5]
for y in reversed(ys):
    print(y, len(ys))
    if y == 5:
        ys.pop()
        ys.pop()
print(ys)
