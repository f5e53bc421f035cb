"""Multiply two N x N matrices of pseudo-random floats held as lists of lists.

The i-k-j loop order walks rows of both operands; the result is summarised by
the sum of its entries and two corner values.
"""
# bench: quick N=40

N = 250
seed = 42


def rand_float() -> float:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0 - 0.5


def random_matrix(n: int) -> list[list[float]]:
    rows: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(n):
            row.append(rand_float())
        rows.append(row)
    return rows


def matmul(a: list[list[float]], b: list[list[float]], n: int) -> list[list[float]]:
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return c


a = random_matrix(N)
b = random_matrix(N)
c = matmul(a, b, N)
total = 0.0
for i in range(N):
    for j in range(N):
        total += c[i][j]
print(total)
print(c[0][0])
print(c[N - 1][N - 1])
