LIMIT = 10


def scaled(x: float, factor: float = 2) -> float:  # ERROR: the default value of 'factor' must be float, not int
    return x * factor


def bounded(n: int, limit: int = LIMIT) -> int:  # ERROR: the default value of 'limit' must be a literal
    return min(n, limit)


def offset(n: int, delta: int = -1, verbose: bool = False) -> int:
    if verbose:
        print("offset", n, delta)
    return n + delta


print(scaled(1.5), bounded(12), offset(3), offset(3, verbose=True))
