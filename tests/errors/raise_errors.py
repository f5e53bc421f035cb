def checked_sqrt(x: float) -> float:
    if x < 0.0:
        raise ValueError("negative input")
    if x > 1e300:
        raise OverflowError
    if x == 1.0:
        raise Exception("one")  # ERROR: raising 'Exception' is not supported yet
    if x == 2.0:
        raise ValueErorr("two")  # ERROR: name 'ValueErorr' is not defined
    if x == 3.0:
        raise ValueError(x)  # ERROR: the exception message must be a str literal
    if x == 4.0:
        raise  # ERROR: bare 'raise' is not supported
    return x ** 0.5


print(checked_sqrt(4.0))
