values = [1, 2.5, 3]  # ERROR: list[int] cannot hold a float
names = ["ada", 1]  # ERROR: list[str] cannot hold an int
flags = [True, 0]  # ERROR: list[bool] cannot hold an int
ratios: list[float] = [1, 2.0]  # ERROR: list[float] cannot hold an int
n = 3
scaled: list[float] = [0.5, n]  # ERROR: list[float] cannot hold an int
nested = [[1], [2.0]]  # ERROR: list[int] cannot hold a float
print(values, names, flags, ratios, scaled, nested)
