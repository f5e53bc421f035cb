# bool() of ints and floats, and bools in conditions and prints.

flags = 0
for i in range(-3, 4):
    b = bool(i)
    print(i, b, not b, bool(float(i) / 2.0))
    if b:
        flags += 1
print(flags)
t = True
f = False
print(t and t, t and f, f or t, f or f, t == f, t != f, t > f, t < f)
print(bool(0.0), bool(1e-320), bool(-float("inf")), bool(float("nan")))
x = bool(3) and not bool(0)
print(x)
