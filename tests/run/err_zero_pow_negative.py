# ZeroDivisionError: 0.0 raised to a negative power.

base = 2.0
while True:
    print(base, base ** -1)
    base = base - 1.0
