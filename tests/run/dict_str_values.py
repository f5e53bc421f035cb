names: dict[int, str] = {}
for i in range(5):
    names[i] = "n" + str(i)
print(names)
joined = ""
for v in names.values():
    joined += v
print(joined)
names[2] += "!"
print(names[2], names.get(9, "?"), names.pop(0), names)
print(repr(names))
