# IndexError from an inner list of a grid, inside a loop.
grid = [[1, 2, 3], [4, 5]]
total = 0
for row in grid:
    for j in range(3):
        total += row[j]
        print(total)
