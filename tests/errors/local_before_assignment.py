counter = 0


def bump() -> None:
    counter += 1  # ERROR: local variable 'counter' is read before it is assigned


def double() -> None:
    counter += counter  # ERROR: local variable 'counter' is read before it is assigned


def plus_one() -> None:
    counter = counter + 1  # ERROR: local variable 'counter' is read before it is assigned


def outer() -> int:
    total = 1

    def inner() -> None:
        total += total  # ERROR: local variable 'total' is read before it is assigned

    inner()
    return total


def bump_global() -> None:
    global counter
    counter += 1


def grow() -> int:
    size = size * 2  # ERROR: cannot infer the type of 'size'
    return size


bump_global()
print(counter, grow())
