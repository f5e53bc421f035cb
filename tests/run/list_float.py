# list[float]: elements print as CPython's shortest repr (0.1, 1e+16, -0.0, inf, nan).
xs = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e-7, -0.0, 2.5, 100.0]
print(xs)
ys: list[float] = []
ys.append(float("inf"))
ys.append(-float("inf"))
ys.append(float("nan"))
ys.append(1 / 3)
print(ys, len(ys))
total = 0.0
for x in xs:
    total += x
print(total, xs[2] == 0.3, xs[-3] == 0.0)
