# Slicing a list[bool] (one byte per item, ADR 0013): get, set, del, with steps.
def pattern(n: int) -> list[bool]:
    return [i % 3 == 0 or i % 5 == 0 for i in range(n)]


xs = pattern(20)
print(xs[2:9], xs[::3], xs[::-1], xs[-4:], xs[:-15], xs[5:2], xs[1:18:4], xs[18:1:-3], xs[100:])
a = pattern(12)
a[2:5] = [False]
print(a, len(a))
a[0:0] = [True, True, False]
print(a, len(a))
a[3:4] = [False, False, False, True, True]
print(a, len(a))
a[::2] = [True] * len(a[::2])
print(a)
a[::-3] = [False] * len(a[::-3])
print(a)
a[1:10:4] = [True, False, True]
print(a)
a[:] = a
print(a)
a[2:6] = a
print(a, len(a))
a[len(a):] = [False, True]
print(a, len(a))
b = pattern(30)
del b[1:25:3]
print(b, len(b))
del b[::-2]
print(b, len(b))
del b[2:5]
print(b, len(b))
del b[5:2]
print(b, len(b))
del b[:]
print(b, len(b))
c = pattern(10)
c[2:8] = []
print(c)
d = pattern(10)
d[-3:] = [True] * 6
print(d, len(d))
