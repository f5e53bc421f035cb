square = lambda x: x * x  # ERROR: cannot infer the parameter types of this lambda


def apply(n: int) -> int:
    return n * n


print(apply(5))
