# round(): halves go to the even neighbour; round(x, n) rounds the exact
# decimal value of the double, so 2.675 (really 2.67499999...) gives 2.67.

print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.4), round(0.6), round(-0.4), round(-0.6), round(1e15 + 0.5), round(123456.5))
print(round(2.675, 2), round(1234.5678, -2), round(25, -1), round(35, -1), round(-25, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0), round(-0.4, 0))
print(round(1 / 3, 5), round(2 / 3, 10), round(123.456, 1), round(123.456, -1), round(123.456, -3))
print(round(15, -1), round(5, -1), round(7, 2), round(-7, 0), round(1234567, -3), round(1250, -2))
print(round(1e300, 2), round(1.5e-300, 2), round(0.000123456, 6), round(5e-324, 2))
print(round(3.14159, 0), round(3.14159, 1), round(3.14159, 3), round(-3.14159, 4))
print(round(9.995, 2), round(1.005, 2), round(0.045, 2), round(8.345, 2))
for k in range(-3, 4):
    print(k, round(5555.5555, k), round(-4444.4444, k))
v = 0.5
while v < 12.0:
    print(v, round(v))
    v += 1.0
print(round(9007199254740993, -1), round(-9223372036854775807, -18))
