square = lambda x: x * x  # ERROR: lambda is not supported yet


def apply(n: int) -> int:
    return n * n


print(apply(5))
