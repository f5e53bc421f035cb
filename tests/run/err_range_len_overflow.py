# OverflowError: len() of a range holding 2**64 - 1 numbers (CPython's len() cannot answer either).
r = range(-9223372036854775808, 9223372036854775807)
print(r, r[0], r[-1], 0 in r, bool(r), r == range(-9223372036854775808, 9223372036854775807, 1))
print(len(range(-9223372036854775808, 0)), len(range(0, 9223372036854775807)))
print(len(r))
