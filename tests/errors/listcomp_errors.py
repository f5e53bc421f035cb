xs = [1, 2, 3]
a = [x for x in 5]  # ERROR: 'int' object is not iterable
b = [y + 1 for y in xs if y > "a"]  # ERROR: cannot compare 'int' and 'str'
c = [i for i, j in xs]  # ERROR: cannot unpack a value of type int
d: list[float] = [x for x in xs]  # ERROR: list[float] cannot hold an int
e = [print(x) for x in xs]  # ERROR: 'print()' returns None; a list cannot hold its result
f = [x for x in range(3)]
print(x)  # ERROR: name 'x' is not defined
g = [[z for z in range(w)] for w in xs]
print(z)  # ERROR: name 'z' is not defined
print(w)  # ERROR: name 'w' is not defined
