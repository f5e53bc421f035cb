# xs[0] = v reads xs first: before xs is assigned that is a NameError, as in CPython.
def fill(n: int) -> list[int]:
    out = [0] * n
    out[0], out[n - 1] = n, -n
    return out


print(fill(3))
if len(fill(2)) > 5:
    xs = [1, 2]
xs[0] = 5
print(xs)
