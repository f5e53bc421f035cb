d = {"k": [1]}
print(d.pop("k"))
d.pop("k")
