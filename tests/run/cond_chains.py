# Comparison chains evaluate each operand at most once and stop at the first
# false comparison.


def p(x: int) -> int:
    print("eval", x)
    return x


def pf(x: float) -> float:
    print("evalf", x)
    return x


print(p(1) < p(2) < p(3))
print(p(3) < p(2) < p(1))
print(p(1) < p(2) > p(3))
print(p(1) == p(1) == p(2) == p(3))
print(p(5) > p(4) >= p(4) > p(3) != p(2))
print(pf(1.5) <= pf(2.5) < pf(2.5))
print(p(1) < pf(1.5) < p(2))
a = 4
print(1 < a < 10, 10 > a > 1, 1 < a > 10, a == 4 == a, 0 <= a - 4 <= 0)
if p(0) < p(10) < p(20):
    print("in order")
while p(a) > p(2) > p(0):
    a -= 1
print(a)
