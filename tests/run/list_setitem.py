# xs[i] = v and xs[i] op= v, with negative indices and nested lists.
xs = [0, 0, 0, 0]
xs[0] = 5
xs[-1] = 7
xs[2] += 3
xs[-3] -= 4
print(xs)
for i in range(len(xs)):
    xs[i] *= 2
print(xs)
flags = [False, False, True]
flags[1] = not flags[2]
flags[True] = flags[0]
print(flags)
ws = ["a", "b"]
ws[0] += "!"
ws[1] = ws[0] + ws[1]
print(ws)
fs = [0.5, 1.5]
fs[0] /= 4
fs[1] **= 2
print(fs)
