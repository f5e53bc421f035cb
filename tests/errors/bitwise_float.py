def mask(x: float, bits: int) -> int:
    return x & bits  # ERROR: unsupported operand types for &: 'float' and 'int'


def shift(n: int) -> int:
    return n << 1.5  # ERROR: unsupported operand types for <<: 'int' and 'float'


print(~2.5)  # ERROR: bad operand type for unary ~: 'float'
print(mask(3.0, 1), shift(2), True & False, 6 ^ True)
