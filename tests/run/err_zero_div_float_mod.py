# ZeroDivisionError from float % 0.0.

w = 2.0
for i in range(4):
    print(w, 7.5 % w)
    w = w - 1.0
