# ints and floats used as conditions: zero is false, anything else true.


def count_down(n: int) -> int:
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps


def describe(x: float) -> None:
    if x:
        print(x, "is truthy")
    else:
        print(x, "is falsy")


print(count_down(5), count_down(0))
describe(0.0)
describe(-0.0)
describe(2.5)
describe(float("nan"))
for i in range(-2, 3):
    if not i:
        print(i, "zero")
    elif i and i > 0:
        print(i, "positive")
    else:
        print(i, "negative")
k = 10
if k and k % 2 == 0:
    print("even and nonzero")
x = 0.0
if not x:
    print("x is zero")
print(not 0, not 3, not 0.0, not -1.5)
