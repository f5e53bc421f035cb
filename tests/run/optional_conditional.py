def lookup(keys: list[str], vals: list[int], k: str) -> int | None:
    for i in range(len(keys)):
        if keys[i] == k:
            return vals[i]
    return None


keys = ["a", "b", "c"]
vals = [1, 0, -5]
for k in ["a", "b", "c", "z"]:
    v = lookup(keys, vals, k)
    label = "none" if v is None else ("zero" if v == 0 else str(v))
    pos = v is not None and v > 0
    neg = v is None or v < 0
    print(k, label, pos, neg, v if v is not None else -99)
    print(not (v is None), v is not None and v == 0 or False)
