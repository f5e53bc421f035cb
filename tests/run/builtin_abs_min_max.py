# abs, min and max on ints and floats, including negatives.

print(abs(5), abs(-5), abs(0), abs(-9223372036854775807), abs(-2.5), abs(2.5), abs(-0.0))
print(min(3, 1), min(-3, 1), min(1, 2, 3), min(5, -5, 0, -6, 7), max(3, 1), max(-3, -1), max(1, 9, 3, 9))
print(min(1.5, -2.5), max(1.5, -2.5), min(0.1, 0.2, 0.3), max(-1e300, -1e-300, -1.0))
print(min(-9223372036854775807 - 1, 9223372036854775807), max(0, -1, -2, -3, -4, -5, -6, -7))
print(min(True, False), max(True, False), min(False, False, True))
a = -7
b = 4
print(abs(a) + abs(b), min(a, b) * max(a, b), abs(min(a, b)), max(abs(a), abs(b)))
lo = 100
hi = -100
x = 17
for i in range(20):
    x = (x * 37 + 11) % 101 - 50
    lo = min(lo, x)
    hi = max(hi, x)
    print(x, lo, hi, abs(x))
f = 0.0
best = -1.0
for i in range(10):
    f = (f + 0.37) * 1.7 % 3.0 - 1.5
    best = max(best, abs(f))
print(f, best)
