from typing import Callable


def f(d: dict[list[int], int]) -> None:  # ERROR: list[int] is not hashable, so it cannot be a key: a list can change after it is stored (CPython: TypeError: unhashable type: 'list')
    pass


def g(s: set[tuple[int, list[str]]]) -> None:  # ERROR: tuple[int, list[str]] is not hashable, so it cannot be a set element: its list[str] item can change
    pass


pairs = {(1, [2]): "a"}  # ERROR: tuple[int, list[int]] is not hashable, so it cannot be a key
rows = {[1, 2], [3, 4]}  # ERROR: list[int] is not hashable, so it cannot be a set element
deep: dict[tuple[int, tuple[str, dict[str, int]]], int] = {}  # ERROR: its dict[str, int] item can change after it is stored (CPython: TypeError: unhashable type: 'dict')
sets: set[tuple[set[int], ...]] = set()  # ERROR: unhashable type: 'set'
xs = [[1], [2]]
unique = set(xs)  # ERROR: list[int] is not hashable
comp = {(x, [x]): x for x in range(3)}  # ERROR: tuple[int, list[int]] is not hashable
scomp = {(x, [x]) for x in range(3)}  # ERROR: tuple[int, list[int]] is not hashable
funcs: set[Callable[[int], int]] = set()  # ERROR: a set element of type Callable[[int], int] is not supported
mixed = {(1, 2): "a", (1, 2, 3): "b"}  # ERROR: dict[tuple[int, int], str] cannot hold a tuple[int, int, int]
lengths = {(1,), (1, 2)}  # ERROR: set[tuple[int]] cannot hold a tuple[int, int]
grid: dict[tuple[int, int], str] = {(0, 0): "a"}
print(grid[0])  # ERROR: dict[tuple[int, int], str] keys are tuple[int, int], not int
print(grid[0, "a"])  # ERROR: tuple[int, int] cannot hold a str at position 1
print(grid[0, 1, 2])  # ERROR: dict[tuple[int, int], str] keys are tuple[int, int], not tuple[int, int, int]
print((0, 1.5) in grid)  # ERROR: a tuple[int, float] cannot be looked up in a dict[tuple[int, int], str]
seen: set[tuple[int, str]] = set()
seen.add((1, 2))  # ERROR: tuple[int, str] cannot hold an int at position 1
bad = {k for k[0] in grid}  # ERROR: a comprehension's 'for' needs a name or a tuple of names
