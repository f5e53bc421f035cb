# True division always yields a float, for int operands too.

print(7 / 2, -7 / 2, 7 / -2, -7 / -2)
print(1 / 3, 2 / 3, 10 / 5, 0 / 7, -0 / 7)
print(1 / 7, 22 / 7, 355 / 113)
print(7.0 / 2, 7 / 2.0, 7.5 / 2.5)
print(1.0 / 3.0, -1.0 / 3.0, 0.0 / -1.0, -0.0 / 1.0)
print(1e308 / 1e-10, 1e-320 / 10.0, 5e-324 / 2.0)
print(1 / 1000000007, 1000000007 / 1)
a = 12
b = 5
q = a / b
print(q, q * b)
x = 1.0
for i in range(1, 11):
    x = x / i
    print(i, x)
print(9007199254740993 / 1)
print(4611686018427387904 / 2)
