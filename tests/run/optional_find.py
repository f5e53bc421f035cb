def find(xs: list[int], target: int) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def describe(v: int | None) -> str:
    if v is None:
        return "missing"
    return "at " + str(v + 0)


r = find([4, 5, 6], 5)
print(r)
if r is not None:
    print(r + 1)
print(describe(find([1], 2)), describe(find([1], 1)))
name: str | None = None
print(name)
name = "bob"
if name is not None and len(name) > 2:
    print(name, len(name))
k = find([1, 2, 3], 9)
print(k is None, k is not None)
w = k + 1 if k is not None else -1
print(w)
