# A missing colon after the parameter list is a syntax error; nothing else is checked.
def average(total: float, count: int) -> float  # ERROR: expected ':'
    return total / count


print(average(10.0, 4))
