# Pascal's triangle rows computed with the multiplicative binomial formula.


def binom(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


for n in range(0, 13):
    for k in range(0, n + 1):
        print(binom(n, k), end=" ")
    print()
row_sum = 0
for k in range(0, 31):
    row_sum += binom(30, k)
print(row_sum, row_sum == 1 << 30)
print(binom(60, 30), binom(56, 28), binom(50, 25), binom(61, 1), binom(61, 60))
