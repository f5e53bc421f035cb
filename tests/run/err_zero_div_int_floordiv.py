# ZeroDivisionError from int // 0.


def share(total: int, people: int) -> int:
    return total // people


for p in range(3, -1, -1):
    print(p, share(100, p))
