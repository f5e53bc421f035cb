# ints are 64-bit: a literal that does not fit is rejected, not wrapped.
smallest = -9223372036854775808
largest = 9223372036854775807
too_big = 9223372036854775808  # ERROR: integer literal is too large
huge = 123456789012345678901234567890 * 2  # ERROR: integer literal is too large
print(smallest, largest)
z = 3 + 4j  # ERROR: complex numbers are not supported
