def lookup(d: dict[str, int], k: str) -> int:
    return d[k]

d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, lookup(d, "c"))
d["b"] += 5
d["b"] *= 2
print(d)
print(d.get("a", 0), d.get("zz", -1))
print(d.setdefault("a", 99), d.setdefault("new", 7), d)
print(d.pop("a"), d.pop("missing", 0), d)
del d["new"]
print(d, "new" in d, "b" in d, "q" not in d)
