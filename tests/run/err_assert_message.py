# AssertionError with a message.


def checked_sqrt(x: float) -> float:
    assert x >= 0.0, "x must be non-negative"
    return x ** 0.5


print(checked_sqrt(16.0))
print(checked_sqrt(2.0))
print(checked_sqrt(-1.0))
