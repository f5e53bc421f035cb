d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
    if v == 2:
        del d["a"]
