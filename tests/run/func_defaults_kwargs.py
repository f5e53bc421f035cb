# Keyword arguments and literal default values.


def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset


def window(lo: int, hi: int = 10, step: int = 1, inclusive: bool = False) -> int:
    total = 0
    end = hi + 1 if inclusive else hi
    for v in range(lo, end, step):
        total += v
    return total


def announce(n: int, loud: bool = True, times: int = 1) -> None:
    for i in range(times):
        if loud:
            print("N =", n)
        else:
            print("n =", n)


print(scale(1.5))
print(scale(1.5, 3.0))
print(scale(1.5, 3.0, 0.25))
print(scale(1.5, offset=1.0))
print(scale(factor=-1.0, x=4.0))
print(scale(2.0, offset=-1.0, factor=0.5))
print(window(0), window(5), window(0, 5), window(0, 5, inclusive=True))
print(window(0, 20, 3), window(lo=1, hi=4), window(10, 0, -2), window(10, 0, step=-2, inclusive=True))
announce(3)
announce(4, False)
announce(5, times=2)
announce(times=3, n=6, loud=False)
