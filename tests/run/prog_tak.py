# The Takeuchi function, a classic recursion benchmark, in int and float versions.


def tak(x: int, y: int, z: int) -> int:
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def tak_f(x: float, y: float, z: float) -> float:
    if y < x:
        return tak_f(tak_f(x - 1.0, y, z), tak_f(y - 1.0, z, x), tak_f(z - 1.0, x, y))
    return z


print(tak(12, 8, 4), tak(10, 6, 2), tak(8, 4, 0), tak(3, 2, 1))
print(tak_f(12.0, 8.0, 4.0), tak_f(9.5, 6.25, 1.5), tak_f(3.0, 2.0, 1.0))
for x in range(0, 10, 3):
    print(x, tak(x, 5, 1), tak(x, 2, 7))
