# ZeroDivisionError from divmod on ints.

for d in range(3, -1, -1):
    q, r = divmod(17, d)
    print(d, q, r)
