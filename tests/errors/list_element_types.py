pairs = [(1, 2), (3, 4)]
quotients = [divmod(7, 2)]
holes = [None]  # ERROR: a list cannot hold None
tables = [{1: 2}, {3: 4.5}]  # ERROR: dict[int, int] cannot hold a float
a: list[dict[list[int], int]] = []  # ERROR: list[int] is not hashable
b: list[set[int]] = [{1}, {2.5}]  # ERROR: set[int] cannot hold a float
c: list[tuple[int, float]] = []
d: list = []  # ERROR: a list annotation needs its element type
e: list[None] = []  # ERROR: type 'list[None]' is not supported yet


def f(x: int) -> None:
    pass


results = [f(1)]  # ERROR: 'f()' returns None; a list cannot hold its result
print(pairs, quotients, holes, tables, a, b, c, d, e, results)
