empty: dict[str, int] = {}
print(empty, len(empty), bool(empty))
ages = {"ann": 31, "bob": 27, "cy": 45}
print(ages)
print(str(ages), repr(ages))
floats = {1: 0.5, 2: 1e16, 3: -0.0}
print(floats)
flags = {True: "yes", False: "no"}
print(flags[True], flags[False], flags)
nested = {"a": {"x": 1}, "b": {}}
print(nested, nested["a"]["x"])
lists: dict[int, list[str]] = {1: ["one"], 2: []}
print(lists)
fk = {0.5: 1, 2.25: 2}
print(fk[0.5], fk)
quotes = {"it's": 'say "hi"'}
print(quotes)
