# Bitwise operators on positive and negative ints (two's complement semantics,
# as if ints had infinitely many sign bits).


def show(a: int, b: int) -> None:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)


show(12, 10)
show(-12, 10)
show(12, -10)
show(-12, -10)
show(0, -1)
show(-1, -1)
show(255, -256)
show(9223372036854775807, -9223372036854775807 - 1)
show(6148914691236517205, -6148914691236517206)
print(~0, ~-1, ~5, ~-6, ~9223372036854775807)
print(5 & 3 | 8 ^ 2, (5 & 3) | (8 ^ 2), 5 & (3 | 8) ^ 2)
print(1 | 2 << 3, (1 | 2) << 3, 100 & 7 + 1, -5 & 0xFF, -5 | 0xF0)
x = 0
for k in range(0, 63, 7):
    x = x ^ (1 << k)
print(x, x & -x, x & (x - 1))
m = 0xFFFF
print(m, 0o777, 0b101010, 0x7FFFFFFFFFFFFFFF)
