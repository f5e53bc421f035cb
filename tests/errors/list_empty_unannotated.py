def make() -> None:
    items = []  # ERROR: cannot infer the element type of an empty list
    print(len(items))


xs = []  # ERROR: cannot infer the element type of an empty list
ys: list[int] = []
print(xs, [] + ys, ys + [])  # ERROR: cannot infer the element type of an empty list
make()
