xs = [3, 1, 2]
ws = ["a", "b"]
fs = [1.5]
xs.srot()  # ERROR: list has no method 'srot'
xs.append(2.5)  # ERROR: list[int] cannot hold a float
xs.insert(0.5, 1)  # ERROR: 'float' object cannot be interpreted as an integer
xs.remove("a")  # ERROR: the argument of list.remove() must be an int, not a str
xs.index(1, "x")  # ERROR: 'str' object cannot be interpreted as an integer
xs.count(1.0)  # ERROR: the argument of list.count() must be an int, not a float
xs.extend(ws)  # ERROR: list.extend() of a list[int] needs a list[int], not a list[str]
xs.extend("ab")  # ERROR: list.extend() of a list[int] needs a list[int], not a str
xs.clear(1)  # ERROR: list.clear() takes no arguments (1 given)
xs.copy(xs)  # ERROR: list.copy() takes no arguments (1 given)
xs.sort(key=len)  # ERROR: builtin 'len' cannot be used as a value
xs.sort(reverse=1.5)  # ERROR: list.sort() reverse= must be a bool, not a float
xs.sort(backwards=True)  # ERROR: 'backwards' is an invalid keyword argument for list.sort()
xs.index()  # ERROR: list.index() takes from 1 to 3 arguments (0 given)
xs.reverse(keep=True)  # ERROR: list.reverse() takes no keyword arguments
print(sorted(5))  # ERROR: 'int' object is not iterable
print(sorted(xs, key=len))  # ERROR: builtin 'len' cannot be used as a value
print(sum(ws))  # ERROR: sum() can't sum strings [use ''.join(seq) instead]
print(sum([xs]))  # ERROR: unsupported operand type(s) for +: 'int' and 'list'
print(sum(xs, 0.5))  # ERROR: sum() of ints with a float start is not supported
print(sum(xs, "s"))  # ERROR: sum() start must be a number, not a str
print(min(3.5))  # ERROR: 'float' object is not iterable
print(any(xs, ws))  # ERROR: any() takes exactly one argument (2 given)
print(list())  # ERROR: list() with no argument has no element type
print(list(xs, ws))  # ERROR: list() takes exactly one argument (2 given)
print(1.5 in xs)  # ERROR: 'in' on a list[int] needs an int, not a float
print(xs < ws)  # ERROR: cannot compare 'list[int]' and 'list[str]'
print(xs[1:"a"])  # ERROR: slice indices must be integers or None
xs[0:1] = ws  # ERROR: a slice of a list[int] can only be assigned a list[int], not a list[str]
xs[::2] = "ab"  # ERROR: a slice of a list[int] can only be assigned a list[int], not a str
del ws[1.0]  # ERROR: 'float' object cannot be interpreted as an integer
n = 5
del n[0]  # ERROR: 'int' object doesn't support item deletion
print(fs, [1, 2] + [x for x in fs])  # ERROR: list[int] cannot hold a float
