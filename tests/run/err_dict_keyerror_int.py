d = {1: "x", 2: "y"}
print(d[1])
print(d[3])
