# RecursionError: runaway recursion must be caught, not crash the process.


def forever(n: int) -> int:
    return forever(n + 1) + 1


print("start")
print(forever(0))
