xs = [1, 2]
ys = [1.5]
print(xs + ys)  # ERROR: cannot add 'list[int]' and 'list[float]'
print(xs == [1.0, 2.0])  # ERROR: cannot compare 'list[int]' and 'list[float]'
xs *= 2  # ERROR: '*=' on a list is not supported yet
print(xs * 1.5)  # ERROR: unsupported operand types for *: 'list[int]' and 'float'
xs += 3  # ERROR: cannot add 'list[int]' and 'int'
for a, b in xs:  # ERROR: cannot unpack a value of type int
    pass
for k in 5:  # ERROR: 'int' object is not iterable
    pass
print(len(xs) + xs)  # ERROR: cannot add 'int' and 'list[int]'
print(len(5))  # ERROR: object of type 'int' has no len()
