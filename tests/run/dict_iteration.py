d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, end=" ")
print()
for k in d.keys():
    print(k, d[k])
total = 0
for v in d.values():
    total += v
print(total)
for k, v in d.items():
    print(k + "=" + str(v))
del d["y"]
d["y"] = 20
d["w"] = 0
for k, v in d.items():
    print(k, v)
for k in d:
    if k == "z":
        break
    print("before z", k)
else:
    print("never")
none: dict[str, int] = {}
for k in none:
    print(k)
else:
    print("empty loop else")
