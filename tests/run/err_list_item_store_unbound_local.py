# In a function, xs[0] = v before xs is assigned: UnboundLocalError, as in CPython.
def build(flag: bool) -> list[int]:
    if flag:
        xs = [1, 2]
    xs[0] = 5
    return xs


print(build(True))
print(build(False))
