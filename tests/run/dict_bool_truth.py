def describe(d: dict[str, bool]) -> str:
    if d:
        return "has " + str(len(d))
    return "empty"

d: dict[str, bool] = {}
print(describe(d))
d["on"] = True
d["off"] = False
print(describe(d), d)
print(not d, d["on"] and d["off"])
while d:
    d.pop("on", False)
    if "off" in d:
        del d["off"]
print(d)
