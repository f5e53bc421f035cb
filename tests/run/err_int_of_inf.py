# OverflowError: cannot convert float infinity to integer.

x = 1e10
for i in range(3):
    print(int(x) > 0)
    x = x * 1e300
