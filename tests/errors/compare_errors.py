def check(x: int) -> bool:
    if x is 3:  # ERROR: 'is' is not supported
        return False
    return x == None  # ERROR: cannot compare 'int' and 'None'


def between(x: float, lo: float, hi: float) -> bool:
    return lo <= x < hi


print(check(3), between(0.5, 0.0, 1.0))
print("abc" < "abd", "abc" == 3)  # ERROR: cannot compare 'str' and 'int'
print(3 in 5)  # ERROR: 'in' is not supported yet
