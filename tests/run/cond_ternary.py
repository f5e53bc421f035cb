# Conditional expressions: both arms have the same type; only one arm runs.


def loud(x: int) -> int:
    print("computing", x)
    return x


def sign(n: int) -> int:
    return 1 if n > 0 else -1 if n < 0 else 0


def clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


for n in range(-2, 3):
    print(n, sign(n), 0 if n % 2 == 0 else 1)
    if n % 2 == 0:
        print("even")
    else:
        print("odd")
print(loud(1) if True else loud(2))
print(loud(3) if 1 > 2 else loud(4))
v = -1.5
while v < 2.0:
    print(v, clamp(v, -1.0, 1.0))
    v += 0.5
a = 7
b = 9
m = a if a > b else b
print(m, (a if a < b else b) * 2, 0.5 if a == 7 else 1.5)
flag = a > 5
print(True if flag else False, not flag if a > 0 else flag)
print(2.0 * (1.0 if flag else -1.0), -(a if flag else b))
