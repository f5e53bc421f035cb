xs = [3, 1, 2]
ys = ["a", "b", "c"]


def first(it: list[int]) -> int:
    return it[0]


def pairs() -> list[tuple[int, str]]:
    return zip(xs, ys)  # ERROR: a zip object can only be used at once here


z = zip(xs, ys)  # ERROR: a zip object can only be used at once here
e = enumerate(ys, 1)  # ERROR: an enumerate object can only be used at once here
print(first(reversed(xs)))  # ERROR: a reversed object can only be used at once here
print(zip(xs, ys))  # ERROR: a zip object can only be used at once here
print(len(enumerate(xs)))  # ERROR: an enumerate object can only be used at once here
print((1, "a") in zip(xs, ys))  # ERROR: a zip object can only be used at once here
print(list(reversed({1, 2})))  # ERROR: 'set' object is not reversible
r = reversed({1: 2})  # ERROR: a reversed object can only be used at once here
print(dict(xs))  # ERROR: dict() needs (key, value) pairs, but the items of this iterable are int
print(dict(zip(xs, ys, ys)))  # ERROR: dict() needs (key, value) pairs
print(dict(a=1))  # ERROR: dict() with keyword arguments is not supported yet
print(dict())  # ERROR: cannot infer the key and value types of an empty dict
print(dict(zip([[1]], ys)))  # ERROR: list[int] is not hashable
print(sum(zip(xs, xs)))  # ERROR: unsupported operand type(s) for +: 'int' and 'tuple'
print("".join(enumerate(ys)))  # ERROR: join() needs an iterable of str, not of tuple[int, str]
print("".join(reversed(xs)))  # ERROR: join() needs an iterable of str, not of int
print([a for a, b, c in zip(xs, ys)])  # ERROR: not enough values to unpack (expected 3, got 2)
print([a for a[0] in xs])  # ERROR: a comprehension's for takes names and tuples of names
