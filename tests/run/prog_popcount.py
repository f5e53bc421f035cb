# Bit tricks: population count three ways, lowest set bit, parity, bit reversal.


def popcount_loop(n: int) -> int:
    c = 0
    while n != 0:
        c += n & 1
        n >>= 1
    return c


def popcount_kernighan(n: int) -> int:
    c = 0
    while n != 0:
        n &= n - 1
        c += 1
    return c


def popcount_swar(n: int) -> int:
    n = n - ((n >> 1) & 0x5555555555555555)
    n = (n & 0x3333333333333333) + ((n >> 2) & 0x3333333333333333)
    n = (n + (n >> 4)) & 0x0F0F0F0F0F0F0F0F
    total = 0
    while n != 0:
        total += n & 0xFF
        n >>= 8
    return total


def reverse_bits16(n: int) -> int:
    r = 0
    for i in range(16):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


v = 1
while v < 3000000000000000000:
    print(v, popcount_loop(v), popcount_kernighan(v), popcount_swar(v), v & -v, popcount_loop(v) & 1, reverse_bits16(v & 0xFFFF))
    v = v * 3 + 1
print(popcount_swar(9223372036854775807), popcount_kernighan(9223372036854775807))
