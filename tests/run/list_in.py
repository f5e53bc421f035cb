xs = [1, 2, 3]
print(2 in xs, 5 in xs, 2 not in xs, 5 not in xs)
ws = ["x", "yy"]
print("yy" in ws, "y" in ws, "z" not in ws)
fs = [0.5, float("nan")]
print(0.5 in fs, 1.0 in fs)
grid = [[1], [2, 3]]
print([2, 3] in grid, [3] in grid)
empty: list[int] = []
print(0 in empty)
count = 0
for i in range(10):
    if i in xs:
        count += 1
print(count)
if 3 in xs and "x" in ws:
    print("both")
