# Integer ** at the edge of 64 bits: every result here fits, but a careless
# square-and-multiply may overflow on an intermediate it never needed.


def power(b: int, e: int) -> int:
    return b ** e


print(power(-2, 63))
print(power(2, 62))
print(power(-2, 62))
print(power(3, 39))
print(power(-3, 39))
print(power(7, 22))
print(power(-1, 63), power(-1, 64), power(-1, 1000001))
print(power(1, 1000000), power(0, 1000000), power(0, 0))
print(power(10, 18), power(-10, 18))
print(power(2, 1), power(2, 0), power(-9, 19))
print(power(2097151, 3))
print(power(55108, 4))
print(power(3, 0), power(-5, 27))
