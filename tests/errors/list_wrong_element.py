ints = [1, 2, 3]
ints.append(2.5)  # ERROR: list[int] cannot hold a float
ints.append("4")  # ERROR: list[int] cannot hold a str
ints[0] = 1.5  # ERROR: list[int] cannot hold a float
floats = [0.5]
floats.append(1)  # ERROR: list[float] cannot hold an int
n = 2
floats.append(n)  # ERROR: list[float] cannot hold an int
floats[0] = n  # ERROR: list[float] cannot hold an int
grid = [[1.0]]
grid.append([1])  # ERROR: list[float] cannot hold an int
grid[0] = [2]  # ERROR: list[float] cannot hold an int
words = ["a"]
words[0] = 5  # ERROR: list[str] cannot hold an int
words[0], ints[0] = "b", True  # ERROR: list[int] cannot hold a bool
print(ints, floats, grid, words)
