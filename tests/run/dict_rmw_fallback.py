# Shapes the one-probe lowering of a dict read-modify-write must not take (irgen/dict_rmw.py):
# the value calls code that changes the dict or rebinds the key, or reads another entry.
d: dict[str, int] = {"a": 1}
k = "a"


def grow(n: int) -> int:
    for i in range(n):
        d[str(i)] = i  # resizes d between the find and the store
    return n


def drop(key: str) -> int:
    del d[key]
    return 100


def rebind() -> int:
    global k
    k = "moved"
    return 5


d["a"] = d.get("a", 0) + grow(20)
print(d)
d["a"] += grow(40) - 30
print(len(d), d["a"])
d["a"] = d.get("a", 0) + drop("a")  # stored again, at the end
print(list(d)[-3:], d["a"])
d["3"] += drop("2")
print(list(d)[:5], d["3"])
d[k] = d.get(k, 0) + rebind()  # CPython evaluates the target after the value
print(k, d["a"], d["moved"])
other = d
d["a"] = other.get("a", 0) + 1
d["a"] = d.get("a", 0) + d["5"] + len(d)
print(d["a"])
f = lambda: grow(2)
d["zz"] = d.get("zz", 0) + f()
print(list(d)[-2:], d["zz"])
