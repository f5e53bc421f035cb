def pick(count: int, ratio: float) -> float:
    if count and ratio:
        print("both non-zero")
    value = count or ratio  # ERROR: operands of 'or' have different types (int, float)
    return value


enabled = True
level = 3
print(enabled and level)  # ERROR: operands of 'and' have different types (bool, int)
while level and enabled:
    level -= 1
print(pick(1, 2.0), level > 0 and enabled)
