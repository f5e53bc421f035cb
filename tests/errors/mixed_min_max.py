def bounded(x: float, limit: int) -> float:
    return min(x, limit)  # ERROR: min() arguments must all have the same type, got float, int


print(max(1, 2.5))  # ERROR: max() arguments must all have the same type, got int, float
print(max(3, True))  # ERROR: max() arguments must all have the same type, got int, bool
print(min(2.0, 3.0), bounded(1.5, 2))
print(max(7))  # ERROR: 'int' object is not iterable
print(min("a", 1))  # ERROR: min() arguments must all have the same type, got str, int
pair = (1, "a")
print(max(pair, (1, 2)))  # ERROR: max() arguments must all have the same type, got tuple[int, str], tuple[int, int]
print(min(({1: 2}, 1), ({3: 4}, 2)))  # ERROR: '<' not supported between instances of 'dict' and 'dict' # ERROR: '<' not supported
print(abs(pair))  # ERROR: a tuple cannot be used as
