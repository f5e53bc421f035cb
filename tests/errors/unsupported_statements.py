def outer(n: int) -> int:
    def inner(k: int) -> int:  # ERROR: nested functions are not supported yet; move 'inner' to module level
        return k + 1
    return n


x = 5
del x  # ERROR: 'del' is not supported
with open("data.txt") as f:  # ERROR: 'with' statements are not supported yet
    pass
match x:  # ERROR: 'match' statements are not supported yet
    case 1:
        pass
print(outer(1))
