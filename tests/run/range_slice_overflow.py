# pyrite: overflow
# A slice of a range whose stop lies beyond 64 bits: CPython makes it, Pyrite raises OverflowError.
r = range(-9223372036854775807, 9223372036854775807, 3)
print(r[1:3], r[:-3:-1], r[-1:0:-1][:2])
print(r[::-1])
