# list[list[int]] and list[list[float]]: grid[i][j] get and set, nested printing.
grid = [[1, 2, 3], [4, 5, 6]]
print(grid, len(grid), len(grid[0]), grid[1][2], grid[-1][-3])
grid[0][0] = 10
grid[1][1] += grid[0][0]
row = grid[0]
row[2] = 99
print(grid)
grid.append([7])
grid[2].append(8)
print(grid, grid[2])
matrix: list[list[float]] = []
for i in range(3):
    matrix.append([0.0] * 3)
    matrix[i][i] = 1.0
print(matrix)
deep = [[[1], [2, 3]], [[4]]]
print(deep, deep[0][1][1], len(deep[0]))
words = [["a", "b"], []]
words[1].append("c")
print(words)
