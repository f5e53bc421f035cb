# The ** operator: int**int is an int, a negative literal exponent gives a float,
# anything involving a float is a float.

print(2 ** 10, 3 ** 4, 10 ** 18, (-3) ** 3, (-3) ** 4, 0 ** 0, 0 ** 5, 1 ** 100)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -1, 1 ** -5)
print(2.0 ** 10, 2 ** 0.5, 2.0 ** 0.5, 9.0 ** 0.5, 8 ** (1 / 3))
print(1.5 ** 2, 2.5 ** -2, (-1.5) ** 3, (-2.0) ** -1, 0.0 ** 0.0, 0.0 ** 2.0)
print(10.0 ** 22, 10.0 ** -5, 10.0 ** 308, 10.0 ** -323)
print(float("inf") ** 0.0, 1.0 ** float("nan"), 2.0 ** float("inf"), 0.5 ** float("inf"))
base = 7
e = 0
while e <= 22:
    print(e, base ** e)
    e = e + 3
p = 1.0
for k in range(5):
    p = 1.1 ** k
    print(k, p)
