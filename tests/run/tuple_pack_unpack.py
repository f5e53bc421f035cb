t = (1, "a", 2.5, True)
a, b, c, d = t
print(a, b, c, d)
print(t)
pair = 3, 4
x, y = pair
print(x + y, x * y)
x, y = y, x
print(x, y)
one = (7,)
print(one, len(one))
(z,) = one
print(z)
empty = ()
print(empty, len(empty))
p: tuple[int, int] = (5, 6)
p = (p[1], p[0])
print(p)
s, n = "word", 3
print(s + "!", n)
