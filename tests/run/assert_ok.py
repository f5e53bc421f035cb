# Assertions that hold do nothing (with and without messages).
import math


def checked_div(a: int, b: int) -> int:
    assert b != 0, "division by zero"
    q = a // b
    assert q * b + a % b == a
    return q


total = 0
for a in range(-20, 21, 3):
    for b in range(-5, 6, 2):
        total += checked_div(a, b)
        assert abs(a % b) < abs(b), "remainder too big"
print(total)
x = 2.0
assert math.sqrt(x) * math.sqrt(x) != x, "2.0 happens to be exact"
assert 0.1 + 0.2 != 0.3
assert True
print("all assertions held")
