d: dict[str, int] = {}
d["it's"] = 1
print(d)
print(d["don't"])
