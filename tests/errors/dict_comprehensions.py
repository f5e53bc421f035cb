xs = [1, 2, 3]
bad = {[x]: x for x in xs}  # ERROR: list[int] is not hashable
odd = {x for x in 5}  # ERROR: 'int' object is not iterable
typed: dict[str, int] = {x: x for x in xs}  # ERROR: dict[str, int] keys are str, not int
sset: set[str] = {x for x in xs}  # ERROR: set[str] elements are str, not int
cond = {x for x in xs if x + "a"}  # ERROR: cannot add
print(x)  # ERROR: name 'x' is not defined
