# ZeroDivisionError from float / 0.0 (no inf: Python raises).

x = 1.0
d = 0.75
for i in range(5):
    print(x / d)
    d -= 0.25
