def mean(a: int, b: int) -> float:
    if a == b:
        return a  # ERROR: 'mean' must return float, but this returns int
    return (a + b) / 2


def half(n: int) -> float:
    return n // 2  # ERROR: 'half' must return float, but this returns int


print(mean(3, 4), half(9))
