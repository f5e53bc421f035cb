# pyrite: overflow
# a * b outgrows 64 bits: CPython prints the big product, Pyrite raises OverflowError.


def product(a: int, b: int) -> int:
    return a * b


x = 3
for i in range(50):
    x = product(x, 7)
    print(i, x)
