def apply(f: Callable[[int], int], x: int) -> int:  # ERROR: name 'Callable' is not defined
    return f(x)


print(apply(lambda x: x, 1))
