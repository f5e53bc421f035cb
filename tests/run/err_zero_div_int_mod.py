# ZeroDivisionError from int % 0.


def leftover(total: int, size: int) -> int:
    return total % size


n = 4
while n >= 0:
    print(n, leftover(17, n))
    n -= 1
