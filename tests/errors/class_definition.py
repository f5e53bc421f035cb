class Point:  # ERROR: classes are not supported yet
    x: float
    y: float


def norm(x: float, y: float) -> float:
    return (x * x + y * y) ** 0.5


print(norm(3.0, 4.0))
