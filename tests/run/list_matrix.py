# Matrix multiplication with list[list[float]].
def zeros(n: int, m: int) -> list[list[float]]:
    rows: list[list[float]] = []
    for i in range(n):
        rows.append([0.0] * m)
    return rows


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


a = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
b = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.125]]
print(matmul(a, b))
n = 20
x = zeros(n, n)
for i in range(n):
    for j in range(n):
        x[i][j] = (i * n + j) / 7.0
y = matmul(x, x)
print(y[0][0], y[n - 1][n - 1], y[3][11])
