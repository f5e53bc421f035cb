total = 0


def add(x: int) -> None:
    global total
    total += x


def reset(total: int) -> None:
    global total  # ERROR: name 'total' is parameter and global


def scale() -> None:
    global factor  # ERROR: there is no module-level variable 'factor' to declare global
    factor = 2


def late() -> None:
    total = 5
    global total  # ERROR: name 'total' is used prior to global declaration


def wrong_type() -> None:
    global total
    total = 1.5  # ERROR: cannot assign float to 'total', which is int


add(3)
print(total)
