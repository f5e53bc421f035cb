# divmod on ints, printed as a tuple and unpacked.

print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 3), divmod(6, 3), divmod(-6, 3), divmod(1, 100))
for a in range(-10, 11, 5):
    for b in range(-4, 5, 3):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
seconds = 987654
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(d, h, m, s)
n = 1234567
total = 0
while n > 0:
    n, digit = divmod(n, 10)
    total += digit
print(total)
