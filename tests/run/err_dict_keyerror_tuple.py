d = {(1, 2): "a", (3, 4): "b"}
print(d[1, 2])
print(d.get((5, 6), "none"))
print(d[5, 6])
