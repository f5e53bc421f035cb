def log_value(x: float) -> None:
    print(x)
    return x  # ERROR: 'log_value' is declared '-> None' but returns a value


def steps(n: int) -> int:
    if n < 0:
        return  # ERROR: 'steps' must return int, but this returns None
    return n * 2.0  # ERROR: 'steps' must return int, but this returns float


log_value(1.5)
print(steps(3))
