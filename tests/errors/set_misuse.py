s = {1, 2, 3}
s.append(4)  # ERROR: 'set' object has no attribute 'append'
s.add("x")  # ERROR: set[int] elements are int, not str
print(s[0])  # ERROR: 'set[int]' object is not subscriptable
print(s | [4])  # ERROR: unsupported operand types for |
print(s.union(["4"]))  # ERROR: set.union() needs an iterable of int, not of str
s.update([1], 5)  # ERROR: 'int' object is not iterable
print(s.issubset([1], [2]))  # ERROR: set.issubset() takes exactly 1 argument (2 given)
print(s.intersection({"a"}))  # ERROR: set[int] cannot hold a str here
print({1.5} & s)  # ERROR: unsupported operand types for &
print(s + s)  # ERROR: cannot add
print(s.frozen())  # ERROR: 'set' object has no attribute 'frozen'
t = set([[1]])  # ERROR: list[int] is not hashable
print(s.pop(1))  # ERROR: set.pop() takes exactly 0 arguments (1 given)
