d = {1.5: "x"}
del d[1.5]
print(d)
del d[2.5]
