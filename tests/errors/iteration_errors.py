xs = [1, 2]
e = enumerate(xs)  # ERROR: an enumerate object can only be used at once here
for a, b in zip(xs):  # ERROR: not enough values to unpack (expected 2, got 1)
    print(a)
for v in reversed(enumerate(xs)):  # ERROR: 'enumerate' object is not reversible
    print(v)
for q in zip(xs, 5):  # ERROR: 'int' object is not iterable
    print(q)
for w in enumerate(xs, 1.5):  # ERROR: the start of enumerate() must be an int, not float
    print(w)
for i, (s, t) in enumerate(xs):  # ERROR: cannot unpack a value of type int
    print(i)
mixed = (1, "a")
for m in mixed:  # ERROR: cannot loop over a tuple[int, str]: its items have different types
    print(m)
for z in zip():  # ERROR: zip() needs at least one iterable here
    print(z)
for y in reversed(xs, xs):  # ERROR: reversed() takes exactly one argument (2 given)
    print(y)
