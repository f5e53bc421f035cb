# IndexError: range object index out of range, on a range value (negative indexes count from the end).


def pick(r: range, i: int) -> int:
    return r[i]


r = range(10, 0, -3)
for i in [0, 3, -4, -1]:
    print(i, pick(r, i))
print(pick(r, -5))
