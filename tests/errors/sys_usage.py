import sys


def validate(n: int) -> int:
    if n < 0:
        sys.exit("negative")
    if n > 100:
        sys.exit(2.5)  # ERROR: sys.exit() needs an int or a str, not float
    return n


print(sys.argv)  # ERROR: sys.argv is not supported; only sys.exit() is
print(validate(3))
sys.exit(0)
