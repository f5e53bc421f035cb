d = {"b": 1, "a": 2}
d["c"] = 3
d.pop("b")
d["b"] = 4
print(d)
e = {"z": 0}
e.update(d)
print(e)
d["a"] = 100
print(d, e)
f = d.copy()
del f["a"]
print(d, f)
for k in f:
    f[k] = f[k] * 2
print(f)
