def split(n: int) -> None:
    a, b = n  # ERROR: cannot unpack a value of type int
    x, y = divmod(n, 3)
    print(x, y)


split(10)
