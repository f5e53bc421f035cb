xs = [3, 1, 2]
s = "text"
xs.push(4)  # ERROR: list has no method 'push'
xs.appendd(6)  # ERROR: list has no method 'appendd'
xs.sort(1)  # ERROR: list.sort() takes no positional arguments (1 given)
xs.lower()  # ERROR: list has no method 'lower'
s.append("x")  # ERROR: str has no method 'append'
s.partition(",")  # ERROR: str method 'partition' is not supported yet
xs.append(1, 2)  # ERROR: list.append() takes exactly one argument (2 given)
xs.pop(1, 2)  # ERROR: pop expected at most 1 argument, got 2
xs.pop("a")  # ERROR: 'str' object cannot be interpreted as an integer
f = xs.append  # ERROR: the method 'append' must be called
xs.append(value=1)  # ERROR: list.append() takes no keyword arguments
n = 5
n.foo()  # ERROR: 'int' object has no attribute 'foo'
print(xs, s)
