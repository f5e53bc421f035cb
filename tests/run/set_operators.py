a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a > {1}, a >= b, a == {4, 3, 2, 1}, a != b)
c = a
c |= {9}
print(a, c)
c &= {1, 2, 9, 100}
print(a)
c -= {1}
print(a)
c ^= {2, 7}
print(a, 7 in a, 2 in a, 8 not in a)
