def power(base: int, exponent: int = 2) -> int:
    return base ** exponent


print(power(3, base=4))  # ERROR: power() got multiple values for argument 'base'
print(power(3, exponent=3))
