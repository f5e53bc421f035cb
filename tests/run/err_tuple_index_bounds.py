t = (5, 6, 7, 5)
print(t.index(5, 1), t.index(7, -2, 4))
print(t.index(6, 2))
