# ZeroDivisionError from divmod on floats.

print(divmod(7.5, 2.0))
print(divmod(-7.5, 0.5))
z = 0.0
print(divmod(1.0, z))
