# A negative index beyond the start: IndexError: list index out of range.
xs = [1.5, 2.5]
print(xs[-2])
print(xs[-3])
