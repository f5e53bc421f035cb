def count_chars(n: int) -> int:
    total = 0
    for ch in "hello":
        total += 1
    for digit in n:  # ERROR: 'int' object is not iterable
        total += digit
    for i in range(0.0, 10.0):  # ERROR: a range() argument must be an int, not float
        total += i
    for a, b in range(3):  # ERROR: cannot unpack a value of type int
        pass
    return total


x = 2.5
for x in range(3):  # ERROR: cannot assign int to 'x', which is float
    print(x)
print(count_chars(1))
