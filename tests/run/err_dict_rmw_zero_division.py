# The value of d[k] = d.get(k, x) op v raises after the find and before the store:
# the traceback and the exit status are CPython's, and the earlier updates printed.
d: dict[str, int] = {"a": 1}
d["a"] = d.get("a", 0) + 10
d["b"] = d.get("b", 0) - 1
print(d)
n = len(d) - 2
d["c"] = d.get("c", 7) // n
print("not reached", d)
