# NameError: a function reads a module global before it has been assigned.


def scaled(x: int) -> int:
    return x * FACTOR


print("before")
print(scaled(3))
FACTOR = 10
print(scaled(4))
