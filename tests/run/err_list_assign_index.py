# IndexError: list assignment index out of range.
xs = ["a", "b"]
xs[-2] = "z"
print(xs)
xs[2] = "c"
print(xs)
