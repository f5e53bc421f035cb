r = range(10)
s = range(2, 5)


def half(n: int) -> range:
    return range(n / 2)  # ERROR: a range() argument must be an int, not float


print(r < s)  # ERROR: '<' not supported between instances of 'range' and 'range'
print(r >= s)  # ERROR: '>=' not supported between instances of 'range' and 'range'
print(r == [0, 1])  # ERROR: cannot compare 'range' and 'list[int]'
r[0] = 5  # ERROR: 'range' object does not support item assignment
r[1:2] = s  # ERROR: 'range' object does not support item assignment
del r[0]  # ERROR: 'range' object doesn't support item deletion
print(r.size)  # ERROR: 'range' object has no attribute 'size'
print(r.index)  # ERROR: the method 'index' must be called
print(r.append(3))  # ERROR: 'range' object has no attribute 'append'
print(r.count(1.5))  # ERROR: the argument of range.count() must be an int, not a float
print(r.index(1, 2))  # ERROR: range.index() takes exactly one argument (2 given)
print("a" in r)  # ERROR: 'in' on a range needs an int, not a str
print(2.0 in r)  # ERROR: 'in' on a range needs an int, not a float
print(r[1.5])  # ERROR: range indices must be integers or slices, not float
print(r["a":])  # ERROR: slice indices must be integers or None
print(r + s)  # ERROR: cannot add 'range' and 'range'
print(range(1, 2, 3, 4))  # ERROR: range() takes from 1 to 3 arguments (4 given)
print(range(stop=3))  # ERROR: keyword arguments to range() are not supported
r.start = 3  # ERROR: assignment to an attribute is not supported yet
x: range = [1, 2]  # ERROR: 'x' is annotated range but assigned list[int]
print(f"{r:>20}")  # ERROR: unsupported format string passed to range.__format__
print({r: 1})  # ERROR: a key of type range is not supported
print(sorted([r, s]))  # ERROR: '<' not supported between instances of 'range' and 'range'
print([r] < [s], (r, 1) >= (s, 1))  # ERROR: '<' not supported # ERROR: '>=' not supported
print(max(r, s))  # ERROR: a range cannot be used as an argument of max() # ERROR: a range cannot be used
rs = [r, s]
rs.sort()  # ERROR: '<' not supported between instances of 'range' and 'range'
print(min([{1: 2}]))  # ERROR: '<' not supported between instances of 'dict' and 'dict'
