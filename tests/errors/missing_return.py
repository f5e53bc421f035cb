def sign(x: int) -> int:  # ERROR: missing return statement
    if x > 0:
        return 1
    elif x < 0:
        return -1


def first_square_above(limit: int) -> int:  # ERROR: missing return statement
    for i in range(limit):
        if i * i > limit:
            return i


def forever(n: int) -> int:
    while True:
        n += 1
        if n > 10:
            return n


print(sign(-3), first_square_above(50), forever(1))
