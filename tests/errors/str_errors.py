s = "abc"
n = 3
print(s + 1)  # ERROR: cannot add 'str' and 'int'
print(n + s)  # ERROR: cannot add 'int' and 'str'
print(s < 3)  # ERROR: cannot compare 'str' and 'int'
print(int(s))  # ERROR: int() of a computed str is not supported yet
print(-s)  # ERROR: bad operand type for unary -: 'str'
print(s % n)  # ERROR: unsupported operand types for %: 'str' and 'int'
print(abs(s))  # ERROR: a str cannot be used as an argument of abs()
label: str = n  # ERROR: 'label' is annotated str but assigned int
print(s + str(n), int("12"), len(s))
