def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum([a[i][t] * b[t][j] for t in range(k)]) for j in range(m)] for i in range(n)]


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


n = 12
a = [[float(i + j) / 3.0 for j in range(n)] for i in range(n)]
ident = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
print(matmul(a, ident) == a, transpose(transpose(a)) == a)
c = matmul(a, transpose(a))
print([round(x, 3) for x in c[0][:4]], round(sum([sum(row) for row in c]), 3))
print(max([max(row) for row in c]), min([min(row) for row in c]))
