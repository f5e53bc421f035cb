# IndexError: list index out of range, from a function (the traceback names both frames).
def third(xs: list[int]) -> int:
    return xs[2]


print(third([1, 2, 3]))
print(third([1, 2]))
