# ZeroDivisionError from int / 0.

a = 10
for b in range(2, -3, -1):
    print(a, b, a / b)
