# Empty lists typed by their context: an annotation, a parameter, a return type, an element.
def count(xs: list[str]) -> int:
    return len(xs)


def nothing() -> list[float]:
    return []


ints: list[int] = []
print(ints, len(ints), count([]), nothing())
ints = []
ints.append(5)
grid: list[list[int]] = [[], [1]]
grid.append([])
grid[2].append(3)
grid[0] = []
print(ints, grid)
