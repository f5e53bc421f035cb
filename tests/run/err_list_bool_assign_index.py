xs = [True, False, True]
xs[-4] = False
