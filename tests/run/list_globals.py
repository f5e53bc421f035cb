# Module-level lists, read and changed from functions (with and without `global`).
history: list[int] = []
names = ["ada"]
best = [0.0]


def record(x: int) -> None:
    history.append(x)
    if x > best[0]:
        best[0] = float(x)


def reset() -> None:
    global history
    history = [-1]


for v in [3, 9, 4]:
    record(v)
print(history, best)
names.append("grace")
reset()
record(2)
print(history, best, names, len(names))
