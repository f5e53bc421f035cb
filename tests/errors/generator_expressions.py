xs = [1, 2, 3]
g = (x for x in xs)  # ERROR: a generator expression is supported only as the argument of a call that uses it up at once
print(max((x for x in xs), key=lambda v: -v))  # ERROR: a generator expression is supported only as the argument
print(sum(x for x in "ab"))  # ERROR: sum() can't sum strings
print(any(x for x in 5))  # ERROR: 'int' object is not iterable
print(all(x for x in xs), xs.count(x for x in xs))  # ERROR: a generator expression is supported only as the argument
