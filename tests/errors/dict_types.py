def f(d: dict[list[int], int]) -> None:  # ERROR: list[int] is not hashable
    pass


def g(s: set[list[str]]) -> None:  # ERROR: list[str] is not hashable
    pass


bad = {[1]: 2}  # ERROR: list[int] is not hashable
mixed = {"a": 1, "b": 2.5}  # ERROR: dict[str, int] cannot hold a float
keys = {1: "x", "y": "z"}  # ERROR: dict[int, str] cannot hold a str
empty = {}  # ERROR: cannot infer the key and value types of an empty dict
noset = set()  # ERROR: cannot infer the element type of an empty set
ms = {1, 2.5}  # ERROR: set[int] cannot hold a float
ann: dict[str, float] = {"a": 1}  # ERROR: dict[str, float] cannot hold an int
pair: dict[str] = {}  # ERROR: dict[...] takes a key and a value type
