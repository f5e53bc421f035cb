# Python's evaluation order with lists: receiver before arguments, xs[i] = v
# evaluates v before xs and i, xs[i] += v evaluates xs, i, xs[i], then v.
log: list[str] = []


def note(text: str, value: int) -> int:
    log.append(text)
    return value


def pick(text: str, xs: list[int]) -> list[int]:
    log.append(text)
    return xs


data = [1, 2, 3]
pick("receiver", data).append(note("argument", 4))
pick("target", data)[note("index", 0)] = note("value", 10)
pick("aug-target", data)[note("aug-index", 1)] += note("aug-value", 5)
print(pick("left", data) + pick("right", [note("element", 7)]))
print(note("count", 2) * pick("list", [0]))
print(data, pick("popped", data).pop(note("pop-index", 0)))
print(log)
