def report(x: int) -> None:
    print("x =", x)


result = report(3)  # ERROR: 'report()' returns None; its result cannot be used as a value
print(report(4))  # ERROR: 'report()' returns None; its result cannot be used as a print() argument
total = report(1) + 1  # ERROR: cannot add 'None' and 'int'
missing = None  # ERROR: cannot assign None to 'missing'
report(5)
