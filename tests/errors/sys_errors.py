import math


def validate(n: int) -> int:
    if n < 0:
        sys.exit(1)  # ERROR: name 'sys' is not defined
    return n


print(validate(3), math.e)
print(sys.argv)  # ERROR: name 'sys' is not defined
