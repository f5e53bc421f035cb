xs = [True, False, True]
xs[-3] = False
print(xs)
xs[-4] = False
