# Integer // and % follow floor semantics: the remainder takes the sign of the divisor.


def both(a: int, b: int) -> None:
    print(a, b, a // b, a % b)


for a in range(-7, 8):
    both(a, 3)
    both(a, -3)
both(7, 2)
both(-7, 2)
both(7, -2)
both(-7, -2)
both(6, 3)
both(-6, 3)
both(6, -3)
both(-6, -3)
both(0, 5)
both(0, -5)
both(1, 1000000)
both(-1, 1000000)
both(1, -1000000)
both(-1, -1000000)
both(9223372036854775807, 2)
both(-9223372036854775807, 2)
both(-9223372036854775807 - 1, 2)
both(-9223372036854775807 - 1, 3)
both(-9223372036854775807 - 1, 9223372036854775807)
both(9223372036854775807, -9223372036854775807 - 1)
both(1, -9223372036854775807 - 1)
