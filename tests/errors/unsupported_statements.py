def outer(n: int) -> int:
    def inner(k: int) -> int:
        nonlocal n  # ERROR: 'nonlocal' is not supported yet: a nested function can read enclosing variables
        return k + 1
    return inner(n)


x = 5
del x  # ERROR: 'del' is not supported
with open("data.txt") as f:  # ERROR: 'with' statements are not supported yet
    pass
match x:  # ERROR: 'match' statements are not supported yet
    case 1:
        pass
print(outer(1))
