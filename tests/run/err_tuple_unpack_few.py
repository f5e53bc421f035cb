def parts(n: int) -> tuple[int, ...]:
    if n == 3:
        return (1, 2, 3)
    return (1,)


x, y, z = parts(3)
print(x, y, z)
x, y, z = parts(1)
print(x)
