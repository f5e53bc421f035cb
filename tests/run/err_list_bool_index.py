xs = [True, False, True]
print(xs[-3])
print(xs[3])
