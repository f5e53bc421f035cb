d: dict[tuple[tuple[int, int], str], float] = {((1, 2), "it's"): 1.5}
print(d.pop(((1, 2), "it's")))
print(d.pop(((3, 4), "x")))
