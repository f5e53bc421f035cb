# pyrite: deviation ValueError
# CPython hashes a NaN by its object's identity, also inside a tuple key; Pyrite's
# floats have no identity, so hashing one raises (README: documented differences).
d = {(1.5, 1): "a", (float("inf"), 2): "b"}
print(d[1.5, 1], d)
nan = float("nan")
d[nan, 3] = "c"
print(len(d))
