# Pascal's triangle as a list of rows.
def triangle(n: int) -> list[list[int]]:
    rows = [[1]]
    for i in range(1, n):
        prev = rows[i - 1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows


for row in triangle(8):
    print(row)
t = triangle(30)
print(t[29][14], len(t))
