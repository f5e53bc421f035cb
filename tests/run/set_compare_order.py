a = {1, 2, 3}
b = {1, 2}
print(a > b, a >= b, b > a, a > a, a >= a, b < a, a == a.copy())
print({8, 16, 24, 32, 40}, {1000, 7, 3})
c: set[int] = set()
for x in [50, 40, 30, 20, 10, 0, -10]:
    c.add(x)
print(c)
c.discard(30)
c.add(31)
print(c)
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
big = {i * 1000003 for i in range(12)}
print(big)
