# ValueError: invalid literal for int() with base 16: 'xyz'.
print(int("ff", 16))
digits = "xyz"
print(int(digits, 16))
