# Operator precedence and associativity.

a = 3
b = 4
c = 5
print(-a ** 2, (-a) ** 2, a ** -1, -a ** -2)
print(a + b * c, (a + b) * c, a * b + c, a * (b + c))
print(a - b - c, a - (b - c), 100 // 10 // 3, 100 // (10 // 3))
print(2 ** 2 ** 3, (2 ** 2) ** 3, 2 * 3 ** 2, -2 * -3 ** 2)
print(a % b * c, a * b % c, a + b % c, (a + b) % c)
print(a << 2 + 1, (a << 2) + 1, a & b | c, a | b & c, a ^ b & c)
print(~a + 1, ~(a + 1), -~a, ~-a)
print(a < b == b < c, a < b > c, not a == b, not a < b and b < c)
print(a + b > c and c > b or a > c, a > b or b > c or c > a)
print(1 + 2 < 3 + 4, 1 < 2 + 3 * 4 < 20 - 1)
print(a if a > b else b, a + 1 if a > b else b + 1, (a if a < b else b) * 10)
x = 7.0
print(-x ** 0.5 if x > 0 else x, x / 2 * 3, x / (2 * 3), x - 1 / 2)
