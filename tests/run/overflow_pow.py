# pyrite: overflow
# 2 ** 64 does not fit in 64 bits.

base = 2
for e in range(60, 66):
    print(e, base ** e)
