# Integer arithmetic: + - * unary operators, precedence and parentheses.


def show(a: int, b: int) -> None:
    print(a, b, a + b, a - b, a * b, -a, +b)


show(7, 3)
show(-7, 3)
show(7, -3)
show(-7, -3)
show(0, 5)
show(123456789, 987654321)

x = 2 + 3 * 4
y = (2 + 3) * 4
z = 2 - 3 - 4
w = 2 - (3 - 4)
print(x, y, z, w)
print(-x + -y, - -x, -(-y), +(-z))
print(10 - -3, 10 + -3, -10 * -10, -10 * 10)
print(1 + 2 * 3 - 4 * 5 + 6)
print(((1 + 2) * (3 + 4) - 5) * 6)
big = 3037000499
print(big * big)
print(-big * big)
n = 1000000007
print(n * 999999999 + 12345)
total = 0
i = 1
while i <= 100:
    total = total + i * i - i
    i = i + 1
print(total)
