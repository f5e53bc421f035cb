# int(), float() and bool() conversions; int() truncates toward zero.

print(int(2.7), int(-2.7), int(2.2), int(-2.2), int(0.9), int(-0.9), int(-0.0))
print(int(1e18), int(-1e18), int(123456789.999), int(4.9e-324), int(1.9999999999999998))
print(int(7), int(-7), int(True), int(False))
print(float(7), float(-7), float(0), float(2 ** 53 + 1), float(True), float(False))
print(float("inf"), float("nan"), -float("inf"), float(1.5))
print(bool(0), bool(1), bool(-5), bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
print(bool(True), bool(False), bool(float("inf")))
x = 10.0
for i in range(8):
    print(i, x, int(x), -int(x), int(-x))
    x = x * 1.5 - 0.25
n = 0
f = 0.0
while n < 5:
    f = float(n) / 2.0
    print(n, f, int(f), round(f), bool(n), bool(f))
    n += 1
