# ZeroDivisionError: int 0 raised to a negative literal power (the result is a float).

for b in range(3, -1, -1):
    print(b, b ** -2)
