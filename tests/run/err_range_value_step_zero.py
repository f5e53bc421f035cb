# ValueError: range() arg 3 must not be zero, when a range value is made.


def spans(step: int) -> range:
    return range(0, 10, step)


step = 3
while True:
    r = spans(step)
    print(step, r, len(r), list(r))
    step -= 1
