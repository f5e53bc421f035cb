counts: dict[str, int] = {"a": 1}
print(counts[1])  # ERROR: dict[str, int] keys are str, not int
counts["b"] = 2.5  # ERROR: dict[str, int] values are int, not float
counts.append("c")  # ERROR: 'dict' object has no attribute 'append'
counts.itmes()  # ERROR: 'dict' object has no attribute 'itmes'
counts.popitem()  # ERROR: dict method 'popitem' is not supported yet
x = counts.get("a")  # ERROR: may give None
print(1.5 in counts)  # ERROR: 'float' values are never in a dict[str, int]
view = counts.keys()  # ERROR: d.keys() is supported only as the iterable of a for loop
print(counts < counts)  # ERROR: is not supported between dicts
counts.update([1])  # ERROR: dict.update() needs a dict[str, int], not a list[int]
del counts  # ERROR: 'del' is not supported here
counts += counts  # ERROR: cannot add
print(counts.get("a", "zero"))  # ERROR: dict[str, int] values are int, not str
