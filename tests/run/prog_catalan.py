# Catalan numbers three ways: recurrence, binomial formula, and recursive sum.


def catalan_rec(n: int) -> int:
    if n <= 1:
        return 1
    total = 0
    for i in range(n):
        total += catalan_rec(i) * catalan_rec(n - 1 - i)
    return total


def binomial(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(k):
        result = result * (n - i) // (i + 1)
    return result


def catalan_iter(n: int) -> int:
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c


for n in range(0, 13):
    print(n, catalan_rec(n), binomial(2 * n, n) // (n + 1), catalan_iter(n))
for n in range(13, 34, 4):
    print(n, catalan_iter(n))
