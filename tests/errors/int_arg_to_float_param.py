# CPython would keep 3 an int inside scale(); Pyrite's float parameter would not.
def scale(x: float, factor: float) -> float:
    return x * factor


n = 4
print(scale(2.5, 3))  # ERROR: argument 'factor' of scale() must be float, not int
print(scale(n, 2.0))  # ERROR: argument 'x' of scale() must be float, not int
print(scale(float(n), 2.0))
