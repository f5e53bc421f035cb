# Functions with many parameters of mixed types.


def mix(a: int, b: float, c: bool, d: int, e: float, f: bool, g: int, h: float) -> float:
    total = 0.0
    if c:
        total += a * b
    if f:
        total += d * e
    if c and f:
        total += g * h
    return total


def pick(a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int, i: int) -> int:
    return a - b + c - d + e - f + g - h + i


print(mix(1, 2.0, True, 3, 4.0, True, 5, 6.0))
print(mix(1, 2.0, False, 3, 4.0, True, 5, 6.0))
print(mix(1, 2.0, True, 3, 4.0, False, 5, 6.0))
print(mix(h=0.5, g=2, f=True, e=1.5, d=-4, c=True, b=0.25, a=8))
print(pick(1, 2, 3, 4, 5, 6, 7, 8, 9), pick(9, 8, 7, 6, 5, 4, 3, 2, 1))
