# pyrite: deviation ValueError
# sum() of an empty list[float] is the int 0 in CPython; Pyrite's result is a float,
# so it raises instead of printing 0.0 (README: documented differences).


def total(xs: list[float]) -> float:
    return sum(xs)


print(total([1.5, 2.25]))
print(sum([0.5], 1.0))
empty: list[float] = []
print(sum(empty, 0.0))
print(total(empty))
