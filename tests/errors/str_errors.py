s = "abc"
n = 3
print(s + 1)  # ERROR: cannot add 'str' and 'int'
print(n + s)  # ERROR: cannot add 'int' and 'str'
print(s < 3)  # ERROR: cannot compare 'str' and 'int'
print(int(s, 2.5))  # ERROR: 'float' object cannot be interpreted as an integer
print(-s)  # ERROR: bad operand type for unary -: 'str'
print(s * 2.5)  # ERROR: can't multiply sequence by non-int of type 'float'
print(abs(s))  # ERROR: a str cannot be used as an argument of abs()
label: str = n  # ERROR: 'label' is annotated str but assigned int
print(s + str(n), int("12"), len(s))
