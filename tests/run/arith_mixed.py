# Mixing int and float in arithmetic promotes to float.

i = 3
f = 0.5
print(i + f, i - f, i * f, i / f, i // f, i % f, f ** i, i ** f)
print(f + i, f - i, f * i, f / i, f // i, f % i)
print(1 + 2.0, 2 * 3.5, 10 - 0.25, 7 // 2.5, 7 % 2.5, -7 // 2.5, -7 % 2.5)
print(2 ** 53 + 1 + 0.0)
print(2 ** 53 + 1.0)
print(9007199254740993 * 1.0)
print(-9007199254740993 * 1.0)
print(123456789012345678 + 0.5)
print(9223372036854775807 + 0.0)
print(-9223372036854775807 - 1 + 0.0)
total = 0.0
for k in range(1, 11):
    total = total + k / 4
    total += k * 0.1
print(total)
acc = 1.0
n = 1
while n < 20:
    acc *= n
    n += 3
print(acc)
x = 0.0
x += 1
x -= 3
x *= 2
x /= 8
print(x)
