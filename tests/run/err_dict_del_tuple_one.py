d: dict[tuple[int, ...], int] = {(): 0, (1,): 1}
del d[()]
print(d)
del d[2,]
