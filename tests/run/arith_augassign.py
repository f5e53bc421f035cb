# Every augmented assignment operator, on ints and on floats.

a = 100
a += 5
print(a)
a -= 20
print(a)
a *= 3
print(a)
a //= 7
print(a)
a %= 13
print(a)
a **= 3
print(a)
a &= 0x3F
print(a)
a |= 0x100
print(a)
a ^= 0x1FF
print(a)
a <<= 4
print(a)
a >>= 2
print(a)
b = -7
b //= 2
print(b)
b %= 5
print(b)
b -= 10
b *= -3
print(b)
x = 1.5
x += 2.25
print(x)
x -= 0.75
print(x)
x *= -4.0
print(x)
x /= 3.0
print(x)
x //= 2.0
print(x)
x %= 1.75
print(x)
x **= 2.0
print(x)
y = 10.0
y += 1
y *= 2
y /= 4
y -= 3
y //= 2
y %= 2
print(y)
n = 1
for i in range(1, 16):
    n *= i
    n %= 1000003
    n += i
print(n)
