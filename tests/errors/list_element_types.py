pairs = [(1, 2), (3, 4)]
quotients = [divmod(7, 2)]
holes = [None]  # ERROR: a list cannot hold None
tables = [{1: 2}]  # ERROR: dicts are not supported yet
a: list[dict[str, int]] = []  # ERROR: type 'list[dict[str, int]]' is not supported yet
b: list[set[int]] = []  # ERROR: type 'list[set[int]]' is not supported yet
c: list[tuple[int, float]] = []
d: list = []  # ERROR: a list annotation needs its element type
e: list[None] = []  # ERROR: type 'list[None]' is not supported yet


def f(x: int) -> None:
    pass


results = [f(1)]  # ERROR: 'f()' returns None; a list cannot hold its result
print(pairs, quotients, holes, tables, a, b, c, d, e, results)
