# A xorshift pseudo-random generator on 32-bit values, kept in range with masks.

MASK32 = 0xFFFFFFFF
seed = 2463534242


def xorshift32() -> int:
    global seed
    x = seed
    x ^= (x << 13) & MASK32
    x ^= x >> 17
    x ^= (x << 5) & MASK32
    seed = x
    return x


for i in range(10):
    print(xorshift32())
buckets0 = 0
buckets1 = 0
ones = 0
for i in range(5000):
    v = xorshift32()
    if v < 2147483648:
        buckets0 += 1
    else:
        buckets1 += 1
    while v:
        ones += v & 1
        v >>= 1
print(buckets0, buckets1, ones, ones / 5000.0)
