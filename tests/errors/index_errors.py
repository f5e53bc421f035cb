n = 42
xs = [1, 2, 3]
s = "abc"
print(n[0])  # ERROR: 'int' object is not subscriptable
print(xs[1.5])  # ERROR: list indices must be integers, not 'float'
print(s["a"])  # ERROR: string indices must be integers, not 'str'
s[0] = "x"  # ERROR: 'str' object does not support item assignment
print(xs[1.5:2])  # ERROR: slice indices must be integers or None
xs[0:1] = 5  # ERROR: a slice of a list[int] can only be assigned a list[int], not an int
print(s[xs])  # ERROR: string indices must be integers, not 'list[int]'
print(xs[True], s[-1])
