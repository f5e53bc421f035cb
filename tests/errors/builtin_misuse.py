def describe(n: int) -> None:
    print(len(n))  # ERROR: object of type 'int' has no len()
    print(str(n), sum(n))  # ERROR: 'int' object is not iterable
    print(abs(n, 2))  # ERROR: abs() takes exactly 1 argument (2 given)
    print(round(2.5, 1.0))  # ERROR: round()'s ndigits must be an int, not float
    print(float("abc"))  # ERROR: could not convert string to float: 'abc'
    print(float("inf"), float(" 1.5 "), int(2.7), bool(0))


r = range(10.5)  # ERROR: a range() argument must be an int, not float
print(round(2.5, ndigits=1))  # ERROR: keyword arguments to round() are not supported
describe(3)
print(ascii())  # ERROR: ascii() takes exactly 1 argument (0 given)
print(divmod("a", 3))  # ERROR: a str cannot be used as an argument of divmod()
print(pow(2, "b"))  # ERROR: a str cannot be used as an argument of pow()
