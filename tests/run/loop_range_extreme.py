# Ranges at the edges of the 64-bit range: the loop counter must never
# be advanced past the last value (that would overflow).

INT_MAX = 9223372036854775807
INT_MIN = -9223372036854775807 - 1
for v in range(INT_MAX - 3, INT_MAX):
    print(v)
for v in range(INT_MAX - 6, INT_MAX, 2):
    print(v)
for v in range(0, INT_MAX, 4611686018427387904):
    print(v)
for v in range(INT_MIN + 3, INT_MIN, -1):
    print(v)
for v in range(INT_MIN + 5, INT_MIN, -2):
    print(v)
for v in range(INT_MAX, INT_MIN, -INT_MAX):
    print(v)
for v in range(INT_MIN, INT_MAX, INT_MAX):
    print(v)
for v in range(-1, INT_MAX, INT_MAX):
    print(v)
count = 0
for v in range(INT_MAX - 1000, INT_MAX, 7):
    count += 1
print(count)
