# Shift operators: << is multiplication by a power of two, >> is floor division
# by a power of two (arithmetic shift); right shifts by 64 or more are fine.

print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 3 << 61)
print(-1 << 63, -1 << 10, -3 << 5)
print(1024 >> 3, 1023 >> 3, -1 >> 3, -8 >> 1, -9 >> 1, -1024 >> 10, -1025 >> 10)
n = 64
print(5 >> n, -5 >> n, 1 >> 63, -1 >> 63, 9223372036854775807 >> 63)
print(5 >> 100, -5 >> 100, 123456789 >> 1000, -123456789 >> 1000)
print(0 << 1000, 0 << n)
big = 9223372036854775807
for s in range(0, 70, 9):
    print(s, big >> s, -big >> s, (-big - 1) >> s)
v = 1
for s in range(0, 63, 5):
    v = 1 << s
    print(s, v, -v, v >> 2)
a = 17
a <<= 3
print(a)
a >>= 5
print(a)
b = -17
b >>= 2
print(b)
