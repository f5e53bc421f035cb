def parts(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i)
    return out


a, b = parts(2)
print(a, b)
c, d = parts(3)
print(c, d)
