best = (0, "nobody")
history: list[tuple[int, str]] = []


def record(score: int, name: str) -> None:
    global best
    history.append((score, name))
    if (score, name) > best:
        best = (score, name)


record(10, "ann")
record(30, "bob")
record(30, "abe")
record(20, "cy")
print(best)
print(history)
print(len(history), history[-1][1])
