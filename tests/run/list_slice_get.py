xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[5:2], xs[100:], xs[-100:2], xs[3:100:4], xs[::-100])
n = 3
print(xs[n:n + 2], xs[n::n], xs[None:2], xs[2:None])
ws = ["a", "b", "c", "d"]
print(ws[1:3], ws[::-1])
grid = [[1, 2], [3, 4], [5, 6]]
part = grid[1:]
part[0].append(0)
print(grid, part)
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])
