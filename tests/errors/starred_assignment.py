a, *b, *c = [1, 2, 3]  # ERROR: multiple starred expressions in assignment
x, *y[0] = [1, 2]  # ERROR: only a name can be starred in an assignment
p, q, *r = (1,)  # ERROR: not enough values to unpack (expected at least 2, got 1)
s, *t = (1, "a", 2.5)  # ERROR: '*t' would be a list of items of different types (str, float)
*u, = ()  # ERROR: '*u' would be an empty list of no known type
v, *w = 5  # ERROR: cannot unpack a value of type int
names: list[str] = []
first, *names = [1, 2]  # ERROR: cannot assign list[int] to 'names', which is list[str]
print(a, b, c, x, p, q, r, s, t, u, v, w, first, [k for k, *m in [(1, 2)]])  # ERROR: a comprehension's for takes names
