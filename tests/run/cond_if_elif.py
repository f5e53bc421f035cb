# if / elif / else chains, nested ifs, pass.


def classify(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    elif n < 100:
        return 2
    else:
        return 3


def grade(score: float) -> None:
    if score >= 90.0:
        print("A")
    elif score >= 80.0:
        print("B")
    elif score >= 70.0:
        print("C")
    else:
        if score >= 60.0:
            print("D")
        else:
            print("F")


for v in range(-5, 200, 17):
    print(v, classify(v))
s = 55.0
while s <= 100.0:
    print(s, end=" ")
    grade(s)
    s += 7.5
x = 5
if x > 3:
    pass
else:
    print("unreachable")
if x == 5:
    print("five")
if x != 5:
    print("not five")
if x > 0:
    if x > 4:
        if x > 10:
            print("big")
        else:
            print("medium")
