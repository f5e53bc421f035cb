# pyrite: overflow
# int(s) of a str beyond 64 bits: Pyrite's OverflowError, where CPython prints the big int.
print(int("9223372036854775807"))
big = "9223372036854775808"
print(int(big))
